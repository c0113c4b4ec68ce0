package org.openimr.cases;

import java.util.List;
import java.util.Optional;

/** The rules of eligibility, each a small specification that gives a finding when it is not met. */
final class EligibilityRules {

    private EligibilityRules() {
    }

    /** A rule about the whole application. */
    interface ApplicationRule {
        Optional<Finding> check(Application application, ScreeningContext context);
    }

    /** A rule about one disputed treatment. */
    interface ItemRule {
        Optional<Finding> check(Application application, DisputedItem item, ScreeningContext context);
    }

    static List<ApplicationRule> applicationRules() {
        return List.of(EligibilityRules::signed, EligibilityRules::filedInTime, EligibilityRules::urDecisionAttached);
    }

    static List<ItemRule> itemRules() {
        return List.of(EligibilityRules::notConditionallyNonCertified, EligibilityRules::notReviewedBefore);
    }

    static Optional<Finding> signed(Application application, ScreeningContext context) {
        return application.signed() ? Optional.empty()
                : Optional.of(new Finding(IneligibilityReason.UNSIGNED, "The signature box is empty."));
    }

    static Optional<Finding> filedInTime(Application application, ScreeningContext context) {
        FilingWindow window = context.filingRule().window(application.urDecision());
        if (window.isMetBy(application.receivedOn())) {
            return Optional.empty();
        }
        return Optional.of(new Finding(IneligibilityReason.LATE, "Received on " + Dates.words(application.receivedOn())
                + ", " + Dates.days(window.daysLate(application.receivedOn())) + " after the last day to file, "
                + Dates.words(window.lastDay()) + " (" + window.basis() + ")."));
    }

    static Optional<Finding> urDecisionAttached(Application application, ScreeningContext context) {
        return application.urDecision().attached() ? Optional.empty()
                : Optional.of(new Finding(IneligibilityReason.UR_DECISION_NOT_ATTACHED, "No copy of the UR decision of "
                        + Dates.words(application.urDecision().date()) + " came with the application."));
    }

    static Optional<Finding> notConditionallyNonCertified(Application application, DisputedItem item,
            ScreeningContext context) {
        return item.conditionallyNonCertified()
                ? Optional.of(new Finding(IneligibilityReason.CONDITIONALLY_NON_CERTIFIED,
                        "\"" + item.request() + "\" is marked as denied for want of requested information."))
                : Optional.empty();
    }

    static Optional<Finding> notReviewedBefore(Application application, DisputedItem item, ScreeningContext context) {
        return context.priorReviews().stream()
                .filter(prior -> prior.covers(application, item))
                .findFirst()
                .map(prior -> new Finding(IneligibilityReason.EARLIER_IMR_OF_SAME_TREATMENT,
                        "\"" + item.request() + "\" from the UR decision of "
                                + Dates.words(application.urDecision().date()) + " went to IMR in case "
                                + prior.caseNumber() + "."));
    }
}
