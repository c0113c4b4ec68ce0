package org.openimr.cases;

import java.util.List;
import java.util.Optional;

import org.openimr.cases.CaseEvent.EligibilityDetermined;
import org.openimr.cases.CaseEvent.InformationRequested;
import org.openimr.cases.CaseEvent.NoarfiSent;

/** Makes the notices of a case from its events, so a notice always says what the case's record says. */
public final class Notices {

    /** The records 8 CCR 9792.10.5(a)(1)(A)-(D) asks the claims administrator for. */
    public static final List<Notice.RecordRequest> RECORDS_REQUIRED = List.of(
            new Notice.RecordRequest("All reports of the employee's treating physicians about the employee's current "
                    + "condition written in the 6 months before the date of the request for authorization, including "
                    + "every report named in the request or in the utilization review decision. If the requesting "
                    + "physician has treated the employee for less than 6 months, also the reports of any earlier "
                    + "treating or referring physician from those 6 months.", "8 CCR 9792.10.5(a)(1)(A)"),
            new Notice.RecordRequest("The Application for Independent Medical Review (DWC Form IMR) that was sent with "
                    + "the utilization review decision, without the decision or its instructions.",
                    "8 CCR 9792.10.5(a)(1)(B)"),
            new Notice.RecordRequest("All information, including letters, given to the employee about the utilization "
                    + "review decision, other than the written decision itself.", "8 CCR 9792.10.5(a)(1)(C)"),
            new Notice.RecordRequest("Anything the employee or the treating provider sent to the claims administrator "
                    + "in support of the request for treatment.", "8 CCR 9792.10.5(a)(1)(D)"));

    private Notices() {
    }

    /** The request for information the case's latest {@link InformationRequested} event sent. */
    public static Notice.RequestForInformation requestForInformation(ImrCase imrCase, Imro imro) {
        InformationRequested request = last(imrCase, InformationRequested.class).orElseThrow(() ->
                new IllegalStateException("case " + imrCase.caseNumber() + " has no request for information"));
        Deadline reply = imrCase.deadlines().stream().filter(d -> d.kind() == DeadlineKind.INFORMATION_REPLY)
                .filter(d -> d.startsFrom().equals(request.on())).reduce((a, b) -> b).orElseThrow();
        ReceivedApplication received = firstApplication(imrCase);
        return new Notice.RequestForInformation(imro, imrCase.caseNumber(), received.applicantName(),
                received.receivedOn(), request.on(), request.asked(), reply.due(), reply.rule());
    }

    /** The notice of ineligibility of an ineligible case. */
    public static Notice.IneligibilityNotice ineligibility(ImrCase imrCase, Imro imro) {
        if (!(imrCase.status() instanceof CaseStatus.Ineligible ineligible)) {
            throw new IllegalStateException("case " + imrCase.caseNumber() + " is not ineligible; it is "
                    + imrCase.status().describe());
        }
        ReceivedApplication received = firstApplication(imrCase);
        return new Notice.IneligibilityNotice(imro, imrCase.caseNumber(), received.applicantName(),
                received.receivedOn(), ineligible.since(), ineligible.findings());
    }

    /** The NOARFI the case's {@link NoarfiSent} event sent, with the records asked for and their due date. */
    public static Notice.Noarfi noarfi(ImrCase imrCase, Imro imro) {
        NoarfiSent sent = last(imrCase, NoarfiSent.class).orElseThrow(() ->
                new IllegalStateException("case " + imrCase.caseNumber() + " has no notice of assignment sent"));
        Deadline records = imrCase.deadlines().stream().filter(d -> d.kind() == DeadlineKind.RECORDS_RECEIVED)
                .findFirst().orElseThrow();
        EligibilityDecision.Eligible eligible = last(imrCase, EligibilityDetermined.class)
                .map(EligibilityDetermined::decision).filter(EligibilityDecision.Eligible.class::isInstance)
                .map(EligibilityDecision.Eligible.class::cast).orElseThrow();
        return new Notice.Noarfi(imro, imrCase.caseNumber(), sent.on(), sent.method(), imrCase.priority(),
                imrCase.application().orElseThrow(), imrCase.itemsUnderReview(), eligible.excluded(),
                RECORDS_REQUIRED, records.due(), records.rule());
    }

    private static ReceivedApplication firstApplication(ImrCase imrCase) {
        return ((CaseEvent.ApplicationReceived) imrCase.events().get(0)).application();
    }

    private static <E extends CaseEvent> Optional<E> last(ImrCase imrCase, Class<E> type) {
        return imrCase.events().stream().filter(type::isInstance).map(type::cast).reduce((a, b) -> b);
    }
}
