package org.openimr.cases;

/**
 * Why an application, or one of its disputed treatments, is not eligible for IMR. UNSIGNED, LATE,
 * UR_DECISION_NOT_ATTACHED and CONDITIONALLY_NON_CERTIFIED are the reasons DWC publishes;
 * EARLIER_IMR_OF_SAME_TREATMENT is 8 CCR 9792.10.3(a)(2); INCOMPLETE closes an application whose request for
 * information went unanswered (9792.10.3(a)(1), completeness).
 */
public enum IneligibilityReason {
    UNSIGNED("The application is not signed by the employee or the employee's representative."),
    LATE("The application was not received within the time allowed after the utilization review decision."),
    UR_DECISION_NOT_ATTACHED("A copy of the written utilization review decision was not sent with the application."),
    CONDITIONALLY_NON_CERTIFIED("The treatment was denied because information the reviewer asked for was not "
            + "received (a conditional non-certification); such a denial cannot go to IMR."),
    EARLIER_IMR_OF_SAME_TREATMENT("The same treatment, from the same utilization review decision, was already the "
            + "subject of an earlier IMR application."),
    INCOMPLETE("The application is incomplete and the information asked for was not received.");

    private final String plainLanguage;

    IneligibilityReason(String plainLanguage) {
        this.plainLanguage = plainLanguage;
    }

    /** The reason in a sentence a notice can print. */
    public String plainLanguage() {
        return plainLanguage;
    }

    /** Whether the reason is about one treatment rather than the whole application. */
    public boolean concernsOneTreatment() {
        return this == CONDITIONALLY_NON_CERTIFIED || this == EARLIER_IMR_OF_SAME_TREATMENT;
    }
}
