package org.openimr.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.cases.Fixtures.TODAY;
import static org.openimr.cases.Fixtures.form;
import static org.openimr.cases.ImrCaseTest.NUMBER;
import static org.openimr.cases.ImrCaseTest.d;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openimr.cases.Timeliness.State;
import org.openimr.shared.Outcome;
import org.openimr.shared.Priority;

/** Each deadline rule, with weekends, holidays, the mail rule and expedited review. */
class CaseDeadlinesTest {

    private static ImrCase received(ApplicationForm form) {
        return ImrCase.open(NUMBER, form.toApplication(TODAY));
    }

    private static ImrCase eligibleOn(ImrCase c, LocalDate on) {
        return c.determineEligibility(on, new EligibilityDecision.Eligible(c.application().orElseThrow()
                .disputedItems(), List.of()));
    }

    private static Deadline only(ImrCase c, DeadlineKind kind) {
        List<Deadline> found = c.deadlines().stream().filter(x -> x.kind() == kind).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void theApplicationDeadlineIsDerivedFromTheUrDecisionAndMetOnReceipt() {
        Deadline filing = only(received(form()), DeadlineKind.APPLICATION_FILED);
        assertThat(filing.startsFrom()).isEqualTo(d("2016-11-04"));
        assertThat(filing.due()).isEqualTo(d("2016-12-09"));
        assertThat(filing.timeliness(TODAY)).isEqualTo(new Timeliness(State.MET, 0));

        Deadline late = only(received(form().receivedOn(d("2016-12-14"))), DeadlineKind.APPLICATION_FILED);
        assertThat(late.timeliness(TODAY)).isEqualTo(new Timeliness(State.LATE, 5));
    }

    @Test
    void theNoarfiIsDueOneBusinessDayAfterEligibility() {
        // Eligible on Wednesday before Thanksgiving 2016: Thursday and Friday are holidays, then the weekend.
        ImrCase c = eligibleOn(received(form()), d("2016-11-23"));
        Deadline noarfi = only(c, DeadlineKind.NOARFI_SENT);
        assertThat(noarfi.due()).isEqualTo(d("2016-11-28"));
        assertThat(noarfi.timeliness(d("2016-11-28"))).isEqualTo(new Timeliness(State.PENDING, 0));
        assertThat(noarfi.timeliness(d("2016-11-25"))).isEqualTo(new Timeliness(State.PENDING, 3));
        assertThat(noarfi.timeliness(d("2016-11-30"))).isEqualTo(new Timeliness(State.OVERDUE, 2));

        ImrCase sentLate = c.sendNoarfi(d("2016-11-29"), NoticeMethod.MAIL);
        assertThat(only(sentLate, DeadlineKind.NOARFI_SENT).timeliness(TODAY))
                .isEqualTo(new Timeliness(State.LATE, 1));
        assertThat(sentLate.status()).isInstanceOf(CaseStatus.AwaitingRecords.class); // late, not voided
    }

    @Test
    void recordsAreDueFifteenDaysAfterAMailedNoarfi() {
        ImrCase c = eligibleOn(received(form()), d("2016-11-29")).sendNoarfi(d("2016-11-30"), NoticeMethod.MAIL);
        Deadline records = only(c, DeadlineKind.RECORDS_RECEIVED);
        assertThat(records.due()).isEqualTo(d("2016-12-15"));
        assertThat(records.rule()).isEqualTo("15 days after the notice was sent by mail (8 CCR 9792.10.5)");
    }

    @Test
    void recordsAreDueTwelveDaysAfterAnElectronicNoarfiMovedOffTheHoliday() {
        // December 13, 2016 + 12 = Christmas Day, a Sunday, observed Monday 26th: due Tuesday the 27th.
        ImrCase c = eligibleOn(received(form()), d("2016-12-12")).sendNoarfi(d("2016-12-13"), NoticeMethod.ELECTRONIC);
        Deadline records = only(c, DeadlineKind.RECORDS_RECEIVED);
        assertThat(records.due()).isEqualTo(d("2016-12-27"));
        assertThat(c.receiveRecords(d("2016-12-27"), RecordsCompleteness.COMPLETE).deadlines().stream()
                .filter(x -> x.kind() == DeadlineKind.RECORDS_RECEIVED).findFirst().orElseThrow()
                .timeliness(TODAY).state()).isEqualTo(State.MET);
    }

    @Test
    void partialRecordsDoNotMeetTheRecordsDeadline() {
        ImrCase c = eligibleOn(received(form()), d("2016-11-29")).sendNoarfi(d("2016-11-30"), NoticeMethod.MAIL)
                .receiveRecords(d("2016-12-10"), RecordsCompleteness.PARTIAL)
                .receiveRecords(d("2016-12-19"), RecordsCompleteness.COMPLETE);
        assertThat(only(c, DeadlineKind.RECORDS_RECEIVED).timeliness(TODAY)).isEqualTo(new Timeliness(State.LATE, 4));
    }

    @Test
    void theDeterminationIsDueThirtyDaysAfterTheRecordsAreComplete() {
        ImrCase c = eligibleOn(received(form()), d("2016-11-29")).sendNoarfi(d("2016-11-30"), NoticeMethod.MAIL);
        assertThat(c.deadlines()).extracting(Deadline::kind).doesNotContain(DeadlineKind.DETERMINATION_ISSUED);

        c = c.receiveRecords(d("2016-12-12"), RecordsCompleteness.COMPLETE).assignReviewer(d("2016-12-13"), "R-1");
        Deadline determination = only(c, DeadlineKind.DETERMINATION_ISSUED);
        assertThat(determination.startsFrom()).isEqualTo(d("2016-12-12"));
        assertThat(determination.due()).isEqualTo(d("2017-01-11"));
        assertThat(determination.rule()).isEqualTo("30 days after the records were complete (LC 4610.6(d)(1)(B))");

        ImrCase late = c.issueDetermination(d("2017-01-20"), List.of(Outcome.UPHELD));
        assertThat(only(late, DeadlineKind.DETERMINATION_ISSUED).timeliness(TODAY))
                .isEqualTo(new Timeliness(State.LATE, 9));
        assertThat(late.status()).isInstanceOf(CaseStatus.Decided.class);
    }

    @Test
    void aReviewerAssignedBeforeTheRecordsAreCompleteStartsTheDeterminationClock() {
        ImrCase c = eligibleOn(received(form()), d("2016-11-29")).sendNoarfi(d("2016-11-30"), NoticeMethod.MAIL)
                .receiveRecords(d("2016-12-05"), RecordsCompleteness.PARTIAL)
                .assignReviewer(d("2016-12-16"), "R-1");
        Deadline determination = only(c, DeadlineKind.DETERMINATION_ISSUED);
        assertThat(determination.startsFrom()).isEqualTo(d("2016-12-16"));
        assertThat(determination.due()).isEqualTo(d("2017-01-15"));
        assertThat(determination.rule()).contains("after a reviewer was assigned (records not complete)");
        assertThat(only(c, DeadlineKind.RECORDS_RECEIVED).timeliness(d("2016-12-20")))
                .isEqualTo(new Timeliness(State.OVERDUE, 5));
    }

    @Test
    void anExpeditedReviewHasTwentyFourHoursForRecordsAndThreeDaysForTheDetermination() {
        ImrCase c = eligibleOn(received(form().reviewType(Priority.EXPEDITED)), d("2016-11-22"))
                .sendNoarfi(d("2016-11-23"), NoticeMethod.ELECTRONIC);
        assertThat(only(c, DeadlineKind.RECORDS_RECEIVED).due()).isEqualTo(d("2016-11-24"));
        c = c.receiveRecords(d("2016-11-25"), RecordsCompleteness.COMPLETE);
        assertThat(only(c, DeadlineKind.RECORDS_RECEIVED).timeliness(TODAY)).isEqualTo(new Timeliness(State.LATE, 1));
        assertThat(only(c, DeadlineKind.DETERMINATION_ISSUED).due()).isEqualTo(d("2016-11-28"));
    }

    @Test
    void aConversionToExpeditedBringsTheDueDatesForward() {
        ImrCase c = eligibleOn(received(form()), d("2016-11-29")).sendNoarfi(d("2016-11-30"), NoticeMethod.MAIL)
                .convertToExpedited(d("2016-12-05"));
        Deadline records = only(c, DeadlineKind.RECORDS_RECEIVED);
        assertThat(records.due()).isEqualTo(d("2016-12-06"));
        assertThat(records.rule()).startsWith("24 hours after conversion to expedited review");

        ImrCase afterRecords = eligibleOn(received(form()), d("2016-11-29"))
                .sendNoarfi(d("2016-11-30"), NoticeMethod.MAIL)
                .receiveRecords(d("2016-12-12"), RecordsCompleteness.COMPLETE)
                .convertToExpedited(d("2016-12-20"));
        assertThat(only(afterRecords, DeadlineKind.RECORDS_RECEIVED).due()).isEqualTo(d("2016-12-15"));
        Deadline determination = only(afterRecords, DeadlineKind.DETERMINATION_ISSUED);
        assertThat(determination.due()).isEqualTo(d("2016-12-23"));
        assertThat(determination.rule()).startsWith("3 days after conversion to expedited review");

        ImrCase beforeRecords = c.receiveRecords(d("2016-12-06"), RecordsCompleteness.COMPLETE);
        assertThat(only(beforeRecords, DeadlineKind.DETERMINATION_ISSUED).due()).isEqualTo(d("2016-12-09"));
    }

    @Test
    void aFormularyDisputeFrom2018IsDueInFiveWorkingDays() {
        // Records complete Friday, March 23, 2018. Cesar Chavez Day, March 31, fell on a Saturday: state offices do
        // not close the Friday before, so the fifth working day is Friday, March 30.
        ApplicationForm formulary = Fixtures.formWithoutItems()
                .injuredOn(d("2017-12-01")).urDecision(d("2018-02-20"), ServiceMethod.ELECTRONIC)
                .receivedOn(d("2018-03-01"))
                .disputedItem(ApplicationForm.Item.of("Tramadol ER 100 mg #30").formularyMedication());
        ImrCase c = ImrCase.open(NUMBER, formulary.toApplication(d("2018-04-01")));
        c = eligibleOn(c, d("2018-03-05")).sendNoarfi(d("2018-03-06"), NoticeMethod.ELECTRONIC)
                .receiveRecords(d("2018-03-23"), RecordsCompleteness.COMPLETE);
        Deadline determination = only(c, DeadlineKind.DETERMINATION_ISSUED);
        assertThat(determination.due()).isEqualTo(d("2018-03-30"));
        assertThat(determination.rule()).contains("drug formulary dispute");

        ApplicationForm before2018 = Fixtures.formWithoutItems()
                .disputedItem(ApplicationForm.Item.of("Tramadol ER 100 mg #30").formularyMedication());
        ImrCase old = eligibleOn(received(before2018), d("2016-11-29")).sendNoarfi(d("2016-11-30"), NoticeMethod.MAIL)
                .receiveRecords(d("2016-12-12"), RecordsCompleteness.COMPLETE);
        assertThat(only(old, DeadlineKind.DETERMINATION_ISSUED).due()).isEqualTo(d("2017-01-11"));
    }

    @Test
    void aReplyToARequestForInformationIsDueInFiveBusinessDays() {
        ImrCase c = ImrCase.open(NUMBER, form().employeeBornOn(null).receive(TODAY))
                .requestInformation(d("2016-11-23"), List.of("The employee's date of birth is missing."));
        Deadline reply = only(c, DeadlineKind.INFORMATION_REPLY);
        assertThat(reply.due()).isEqualTo(d("2016-12-02"));
        assertThat(c.receiveInformation(d("2016-12-05"), Fixtures.application()).deadlines().stream()
                .filter(x -> x.kind() == DeadlineKind.INFORMATION_REPLY).findFirst().orElseThrow()
                .timeliness(TODAY)).isEqualTo(new Timeliness(State.LATE, 3));
    }

    @Test
    void deadlinesOpenWhenACaseClosesAreMissedOrNoLongerDue() {
        ImrCase awaiting = eligibleOn(received(form()), d("2016-11-29")).sendNoarfi(d("2016-11-30"), NoticeMethod.MAIL);
        ImrCase withdrawnEarly = awaiting.withdraw(d("2016-12-02"));
        assertThat(only(withdrawnEarly, DeadlineKind.RECORDS_RECEIVED).timeliness(TODAY))
                .isEqualTo(new Timeliness(State.NO_LONGER_DUE, 0));
        ImrCase withdrawnLate = awaiting.withdraw(d("2016-12-20"));
        assertThat(only(withdrawnLate, DeadlineKind.RECORDS_RECEIVED).timeliness(TODAY))
                .isEqualTo(new Timeliness(State.MISSED, 5));
        assertThat(only(withdrawnLate, DeadlineKind.RECORDS_RECEIVED).timeliness(d("2016-12-18")))
                .isEqualTo(new Timeliness(State.OVERDUE, 3));
    }
}
