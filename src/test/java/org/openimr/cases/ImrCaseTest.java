package org.openimr.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openimr.cases.Fixtures.TODAY;
import static org.openimr.cases.Fixtures.form;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.Outcome;
import org.openimr.shared.Priority;

/** The transitions of a case: each allowed one, and the rejected ones with their messages. */
class ImrCaseTest {

    static final CaseNumber NUMBER = CaseNumber.of("CM16-0000042");
    static final EligibilitySpecification SPEC = EligibilitySpecification.standard();

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** Received 2016-11-21, eligible 11-29, NOARFI mailed 11-30. */
    static ImrCase awaitingRecords() {
        return ImrCase.open(NUMBER, Fixtures.application())
                .screen(d("2016-11-29"), SPEC, ScreeningContext.standard())
                .sendNoarfi(d("2016-11-30"), NoticeMethod.MAIL);
    }

    @Test
    void theWholeWayFromApplicationToDetermination() {
        ImrCase c = ImrCase.open(NUMBER, Fixtures.application());
        assertThat(c.status()).isEqualTo(new CaseStatus.Received(d("2016-11-21"), true));

        c = c.screen(d("2016-11-29"), SPEC, ScreeningContext.standard());
        assertThat(c.status()).isEqualTo(new CaseStatus.Eligible(d("2016-11-29")));
        assertThat(c.itemsUnderReview()).extracting(DisputedItem::request)
                .containsExactly("Cervical spine MRI without contrast");

        c = c.sendNoarfi(d("2016-11-30"), NoticeMethod.MAIL);
        assertThat(c.status()).isEqualTo(new CaseStatus.AwaitingRecords(d("2016-11-30"), NoticeMethod.MAIL, false));

        c = c.receiveRecords(d("2016-12-05"), RecordsCompleteness.PARTIAL);
        assertThat(c.status()).isEqualTo(new CaseStatus.AwaitingRecords(d("2016-11-30"), NoticeMethod.MAIL, true));

        c = c.receiveRecords(d("2016-12-12"), RecordsCompleteness.COMPLETE);
        assertThat(c.status()).isEqualTo(new CaseStatus.AwaitingAssignment(d("2016-12-12")));

        c = c.assignReviewer(d("2016-12-13"), "R-0007");
        assertThat(c.status()).isEqualTo(new CaseStatus.InReview(d("2016-12-13"), "R-0007"));

        c = c.receiveRecords(d("2016-12-20"), RecordsCompleteness.PARTIAL); // late extra records are kept
        c = c.assignReviewer(d("2016-12-21"), "R-0011");                    // reassignment
        c = c.issueDetermination(d("2017-01-06"), List.of(Outcome.UPHELD));
        assertThat(c.status()).isEqualTo(new CaseStatus.Decided(d("2017-01-06"), List.of(Outcome.UPHELD)));
        assertThat(c.status().isClosed()).isTrue();
        assertThat(c.events()).hasSize(9);
    }

    @Test
    void anIncompleteApplicationIsAskedAboutThenScreened() {
        ReceivedApplication incomplete = form().employeeBornOn(null).receive(TODAY);
        ImrCase c = ImrCase.open(NUMBER, incomplete);
        assertThat(c.status()).isEqualTo(new CaseStatus.Received(d("2016-11-21"), false));
        assertThat(c.application()).isEmpty();
        assertThatThrownBy(() -> ImrCase.open(NUMBER, incomplete).screen(d("2016-11-22"), SPEC,
                ScreeningContext.standard()))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("its application is incomplete");

        c = c.requestInformation(d("2016-11-22"), ((IncompleteApplication) incomplete).problems());
        assertThat(c.status()).isEqualTo(new CaseStatus.AwaitingInformation(d("2016-11-22")));
        assertThat(((CaseEvent.InformationRequested) c.events().get(1)).asked())
                .containsExactly("The employee's date of birth is missing.");

        c = c.receiveInformation(d("2016-11-28"), Fixtures.application());
        assertThat(c.status()).isEqualTo(new CaseStatus.Received(d("2016-11-28"), true));
        c = c.screen(d("2016-11-29"), SPEC, ScreeningContext.standard());
        assertThat(c.status()).isInstanceOf(CaseStatus.Eligible.class);
    }

    @Test
    void aCompleteApplicationCannotBeCompletedAgainAndAnExpeditedOneCountsFromItsReceipt() {
        ImrCase asked = ImrCase.open(NUMBER, Fixtures.application())
                .requestInformation(d("2016-11-22"), List.of("Is liability disputed?"));
        assertThatThrownBy(() -> asked.receiveInformation(d("2016-11-23"), Fixtures.application()))
                .hasMessageContaining("the application was already complete");
        assertThat(asked.receiveInformation(d("2016-11-23")).status())
                .isEqualTo(new CaseStatus.Received(d("2016-11-23"), true));

        ImrCase completedExpedited = ImrCase.open(NUMBER, form().employeeBornOn(null).receive(TODAY))
                .requestInformation(d("2016-11-22"), List.of("The employee's date of birth is missing."))
                .receiveInformation(d("2016-11-23"), form().reviewType(Priority.EXPEDITED).toApplication(TODAY));
        assertThat(completedExpedited.priority()).isEqualTo(Priority.EXPEDITED);
    }

    @Test
    void anUnansweredRequestEndsInIneligibility() {
        ImrCase c = ImrCase.open(NUMBER, form().employeeBornOn(null).receive(TODAY))
                .requestInformation(d("2016-11-22"), List.of("The employee's date of birth is missing."));
        assertThatThrownBy(() -> c.determineEligibility(d("2016-12-01"),
                new EligibilityDecision.Eligible(List.of(DisputedItem.of("MRI")), List.of())))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("an incomplete application can only be found ineligible");
        ImrCase closed = c.determineEligibility(d("2016-12-01"), new EligibilityDecision.Ineligible(
                List.of(new Finding(IneligibilityReason.INCOMPLETE, "No reply by November 30, 2016."))));
        assertThat(closed.status()).isInstanceOf(CaseStatus.Ineligible.class);
    }

    @Test
    void anIneligibleApplicationClosesTheCase() {
        ImrCase c = ImrCase.open(NUMBER, form().signed(false).toApplication(TODAY))
                .screen(d("2016-11-29"), SPEC, ScreeningContext.standard());
        assertThat(c.status()).isInstanceOf(CaseStatus.Ineligible.class);
        assertThat(((CaseStatus.Ineligible) c.status()).findings()).extracting(Finding::reason)
                .containsExactly(IneligibilityReason.UNSIGNED);
        assertThatThrownBy(() -> c.sendNoarfi(d("2016-11-30"), NoticeMethod.MAIL))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Case CM16-0000042: \"Notice of Assignment and Request for Information sent by mail\" on "
                        + "2016-11-30 is not possible: the case is closed (ineligible on 2016-11-29).");
    }

    @Test
    void aDeferredCaseIsScreenedAgainOnceLiabilityIsResolved() {
        ImrCase c = ImrCase.open(NUMBER, Fixtures.application())
                .screen(d("2016-11-29"), SPEC, ScreeningContext.standard().withLiability(LiabilityPosition.DISPUTED));
        assertThat(c.status()).isInstanceOf(CaseStatus.Deferred.class);
        assertThatThrownBy(() -> c.sendNoarfi(d("2016-11-30"), NoticeMethod.MAIL))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("deferred since 2016-11-29");

        ImrCase resumed = c.resolveLiability(d("2017-02-01"));
        assertThat(resumed.status()).isEqualTo(new CaseStatus.Received(d("2017-02-01"), true));
        resumed = resumed.screen(d("2017-02-02"), SPEC,
                ScreeningContext.standard().withLiability(LiabilityPosition.RESOLVED));
        assertThat(resumed.status()).isInstanceOf(CaseStatus.Eligible.class);
    }

    @Test
    void recordsCannotBeReceivedOnAWithdrawnCase() {
        ImrCase withdrawn = awaitingRecords().withdraw(d("2016-12-02"));
        assertThat(withdrawn.status()).isEqualTo(new CaseStatus.Withdrawn(d("2016-12-02")));
        assertThatThrownBy(() -> withdrawn.receiveRecords(d("2016-12-05"), RecordsCompleteness.COMPLETE))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Case CM16-0000042: \"Medical records received: complete\" on 2016-12-05 is not "
                        + "possible: the case is closed (withdrawn on 2016-12-02).");
    }

    @Test
    void authorizationEndsTheCaseAtAnyOpenStage() {
        assertThat(ImrCase.open(NUMBER, Fixtures.application()).terminateByAuthorization(d("2016-11-22")).status())
                .isEqualTo(new CaseStatus.Terminated(d("2016-11-22")));
        ImrCase inReview = awaitingRecords().assignReviewer(d("2016-12-01"), "R-1");
        ImrCase terminated = inReview.terminateByAuthorization(d("2016-12-02"));
        assertThat(terminated.status()).isEqualTo(new CaseStatus.Terminated(d("2016-12-02")));
        assertThatThrownBy(() -> terminated.issueDetermination(d("2016-12-03"), List.of(Outcome.OVERTURNED)))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("ended by authorization");
        assertThatThrownBy(() -> terminated.withdraw(d("2016-12-03")))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void stepsOutOfOrderAreRejectedWithTheReason() {
        ImrCase received = ImrCase.open(NUMBER, Fixtures.application());
        assertThatThrownBy(() -> received.sendNoarfi(d("2016-11-22"), NoticeMethod.MAIL))
                .hasMessageContaining("the notice of assignment is sent once the case is found eligible");
        assertThatThrownBy(() -> received.receiveRecords(d("2016-11-22"), RecordsCompleteness.COMPLETE))
                .hasMessageContaining("records are received after the notice of assignment is sent");
        assertThatThrownBy(() -> received.assignReviewer(d("2016-11-22"), "R-1"))
                .hasMessageContaining("a reviewer is assigned after the notice of assignment is sent");
        assertThatThrownBy(() -> received.receiveInformation(d("2016-11-22")))
                .hasMessageContaining("no request for information is out");
        assertThatThrownBy(() -> received.resolveLiability(d("2016-11-22")))
                .hasMessageContaining("the case is not deferred");
        assertThatThrownBy(() -> awaitingRecords().issueDetermination(d("2016-12-20"), List.of(Outcome.UPHELD)))
                .hasMessageContaining("no reviewer is assigned");
        assertThatThrownBy(() -> awaitingRecords().sendNoarfi(d("2016-12-01"), NoticeMethod.ELECTRONIC))
                .hasMessageContaining("only once");
        assertThatThrownBy(() -> awaitingRecords().requestInformation(d("2016-12-01"), List.of("x")))
                .hasMessageContaining("information can be requested only before the application is screened");
        assertThatThrownBy(() -> received.record(new CaseEvent.ApplicationReceived(Fixtures.application())))
                .hasMessageContaining("the case already has its application");
    }

    @Test
    void anEventCannotBeDatedBeforeTheLastOne() {
        assertThatThrownBy(() -> awaitingRecords().receiveRecords(d("2016-11-29"), RecordsCompleteness.COMPLETE))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("on 2016-11-29 is dated before the case's last event (\"Notice of Assignment "
                        + "and Request for Information sent by mail\" on 2016-11-30)");
    }

    @Test
    void aDeterminationDecidesEachTreatmentUnderReview() {
        ImrCase inReview = awaitingRecords().assignReviewer(d("2016-12-01"), "R-1");
        assertThatThrownBy(() -> inReview.issueDetermination(d("2016-12-20"),
                List.of(Outcome.UPHELD, Outcome.OVERTURNED)))
                .hasMessageContaining("it gives 2 outcome(s) for 1 treatment(s) under review");
    }

    @Test
    void aReviewIsConvertedToExpeditedOnce() {
        ImrCase converted = awaitingRecords().convertToExpedited(d("2016-12-01"), "Dr. Ana Doctorson");
        assertThat(converted.priority()).isEqualTo(Priority.EXPEDITED);
        assertThat(converted.events().get(3).describe())
                .isEqualTo("Converted to expedited review on the certification of Dr. Ana Doctorson");
        assertThat(awaitingRecords().priority()).isEqualTo(Priority.STANDARD);
        assertThatThrownBy(() -> converted.convertToExpedited(d("2016-12-02")))
                .hasMessageContaining("the review is already expedited");
        ImrCase expeditedApplication = ImrCase.open(NUMBER,
                form().reviewType(Priority.EXPEDITED).toApplication(TODAY));
        assertThat(expeditedApplication.priority()).isEqualTo(Priority.EXPEDITED);
        assertThatThrownBy(() -> expeditedApplication.convertToExpedited(d("2016-11-22")))
                .hasMessageContaining("already expedited");
    }

    @Test
    void anotherEligibleApplicationOfTheSameEmployeePhysicianAndInjuryIsConsolidated() {
        Application second = form().urDecision(LocalDate.of(2016, 11, 10), ServiceMethod.ELECTRONIC)
                .disputedItem("Naproxen 550 mg #60", "Neck pain", "M54.2").receivedOn(d("2016-11-28"))
                .toApplication(TODAY);
        EligibilityDecision.Eligible eligible = (EligibilityDecision.Eligible) SPEC.assess(second,
                ScreeningContext.standard());
        ImrCase c = ImrCase.open(NUMBER, Fixtures.application()).screen(d("2016-11-29"), SPEC,
                ScreeningContext.standard()).consolidate(d("2016-11-29"), second, eligible);

        assertThat(c.applications()).hasSize(2);
        assertThat(c.itemsUnderReview()).extracting(DisputedItem::request).containsExactly(
                "Cervical spine MRI without contrast", "Cervical spine MRI without contrast", "Naproxen 550 mg #60");
        ImrCase decided = c.sendNoarfi(d("2016-11-30"), NoticeMethod.MAIL).assignReviewer(d("2016-12-12"), "R-2")
                .issueDetermination(d("2017-01-05"), List.of(Outcome.UPHELD, Outcome.UPHELD, Outcome.OVERTURNED));
        assertThat(decided.status()).isInstanceOf(CaseStatus.Decided.class);

        Application otherPhysician = form().requestingPhysician("Ben", "Otherdoc", null).toApplication(TODAY);
        ImrCase eligibleCase = ImrCase.open(NUMBER, Fixtures.application()).screen(d("2016-11-29"), SPEC,
                ScreeningContext.standard());
        assertThatThrownBy(() -> eligibleCase.consolidate(d("2016-11-29"), otherPhysician, eligible))
                .hasMessageContaining("not of the same employee, requesting physician and date of injury");
        assertThatThrownBy(() -> ImrCase.open(NUMBER, Fixtures.application())
                .consolidate(d("2016-11-29"), second, eligible))
                .hasMessageContaining("applications are consolidated after eligibility and before a reviewer is "
                        + "assigned");
    }

    @Test
    void anEligibleCaseIsAbsorbedByAnotherAndClosedPointingToIt() {
        CaseNumber otherNumber = CaseNumber.of("CM16-0000043");
        Application second = form().urDecision(LocalDate.of(2016, 11, 10), ServiceMethod.ELECTRONIC)
                .disputedItem("Naproxen 550 mg #60", "Neck pain", "M54.2").receivedOn(d("2016-11-28"))
                .toApplication(TODAY);
        ImrCase other = ImrCase.open(otherNumber, second).screen(d("2016-11-29"), SPEC, ScreeningContext.standard());
        ImrCase surviving = awaitingRecords().absorb(d("2016-11-30"), other);
        ImrCase closed = other.consolidateInto(d("2016-11-30"), NUMBER);

        assertThat(surviving.itemsUnderReview()).extracting(DisputedItem::request).containsExactly(
                "Cervical spine MRI without contrast", "Cervical spine MRI without contrast", "Naproxen 550 mg #60");
        assertThat(surviving.events().get(surviving.events().size() - 1).describe()).isEqualTo(
                "Application received on 2016-11-28 (case CM16-0000043) consolidated into this case");
        assertThat(closed.status()).isEqualTo(new CaseStatus.Consolidated(d("2016-11-30"), NUMBER));
        assertThat(closed.status().isClosed()).isTrue();
        assertThat(closed.status().describe()).isEqualTo("consolidated into case CM16-0000042");
        assertThat(closed.deadlines()).filteredOn(dl -> dl.kind() == DeadlineKind.NOARFI_SENT)
                .extracting(dl -> dl.timeliness(d("2016-12-05")).state())
                .containsExactly(Timeliness.State.NO_LONGER_DUE);

        assertThatThrownBy(() -> surviving.absorb(d("2016-11-30"), surviving))
                .hasMessage("Case CM16-0000042 cannot be consolidated into itself.");
        ImrCase inReview = awaitingRecords().assignReviewer(d("2016-12-02"), "R-2");
        assertThatThrownBy(() -> inReview.consolidateInto(d("2016-12-02"), otherNumber))
                .hasMessageContaining("applications are consolidated after eligibility and before a reviewer is "
                        + "assigned (the case is in review since 2016-12-02)");
    }

    @Test
    void aCaseIsRebuiltFromItsEvents() {
        ImrCase original = awaitingRecords().receiveRecords(d("2016-12-12"), RecordsCompleteness.COMPLETE);
        ImrCase replayed = ImrCase.replay(NUMBER, original.events(), Timeframes.current());
        assertThat(replayed.status()).isEqualTo(original.status());
        assertThat(replayed.deadlines()).isEqualTo(original.deadlines());

        List<CaseEvent> outOfOrder = List.of(new CaseEvent.ApplicationReceived(Fixtures.application()),
                new CaseEvent.NoarfiSent(d("2016-11-30"), NoticeMethod.MAIL));
        assertThatThrownBy(() -> ImrCase.replay(NUMBER, outOfOrder, Timeframes.current()))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> ImrCase.replay(NUMBER, List.of(new CaseEvent.Withdrawn(d("2016-11-30"))),
                Timeframes.current())).hasMessageContaining("must start with the application received");
    }

    @Test
    void caseNumbersComeFromTheSequenceOfTheYearOfRegistration() {
        InMemoryCaseNumberSequence numbers = new InMemoryCaseNumberSequence();
        assertThat(ImrCase.open(numbers, Fixtures.application(), d("2016-12-29")).caseNumber())
                .isEqualTo(CaseNumber.of("CM16-0000001"));
        assertThat(ImrCase.open(numbers, Fixtures.application(), d("2016-12-30")).caseNumber())
                .isEqualTo(CaseNumber.of("CM16-0000002"));
        assertThat(ImrCase.open(numbers, Fixtures.application(), d("2017-01-03")).caseNumber())
                .isEqualTo(CaseNumber.of("CM17-0000001"));
        numbers.continuing(2017, 9_999_998);
        assertThat(numbers.next(2017)).isEqualTo(CaseNumber.of("CM17-9999999"));
        assertThatThrownBy(() -> numbers.next(2017)).hasMessageContaining("used up");
        assertThatThrownBy(() -> numbers.next(1999)).hasMessageContaining("2000 to 2099");
    }
}
