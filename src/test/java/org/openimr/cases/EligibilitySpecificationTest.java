package org.openimr.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.cases.Fixtures.TODAY;
import static org.openimr.cases.Fixtures.form;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openimr.cases.EligibilityDecision.Deferred;
import org.openimr.cases.EligibilityDecision.Eligible;
import org.openimr.cases.EligibilityDecision.Ineligible;
import org.openimr.shared.CaseNumber;

class EligibilitySpecificationTest {

    private final EligibilitySpecification spec = EligibilitySpecification.standard();
    private final ScreeningContext standard = ScreeningContext.standard();

    private EligibilityDecision assess(ApplicationForm form) {
        return spec.assess(form.toApplication(TODAY), standard);
    }

    private static List<IneligibilityReason> reasons(EligibilityDecision decision) {
        assertThat(decision).isInstanceOf(Ineligible.class);
        return ((Ineligible) decision).reasons();
    }

    @Test
    void aSignedTimelyApplicationWithItsUrDecisionIsEligible() {
        EligibilityDecision decision = assess(form());
        assertThat(decision).isInstanceOf(Eligible.class);
        assertThat(((Eligible) decision).items()).extracting(DisputedItem::request)
                .containsExactly("Cervical spine MRI without contrast");
        assertThat(((Eligible) decision).excluded()).isEmpty();
        assertThat(spec.isSatisfiedBy(form().toApplication(TODAY), standard)).isTrue();
    }

    @Test
    void unsigned() {
        assertThat(reasons(assess(form().signed(false)))).containsExactly(IneligibilityReason.UNSIGNED);
        assertThat(spec.isSatisfiedBy(form().signed(false).toApplication(TODAY), standard)).isFalse();
    }

    @Test
    void urDecisionNotAttached() {
        assertThat(reasons(assess(form().urDecisionAttached(false))))
                .containsExactly(IneligibilityReason.UR_DECISION_NOT_ATTACHED);
    }

    @Test
    void lateAfterThirtyDaysFromElectronicService() {
        // Served electronically on Friday, November 4, 2016: the 30th day is Sunday, December 4, so the last day to
        // file is Monday, December 5.
        ApplicationForm electronic = form().urDecision(LocalDate.of(2016, 11, 4), ServiceMethod.ELECTRONIC);
        assertThat(assess(electronic.receivedOn(LocalDate.of(2016, 12, 5)))).isInstanceOf(Eligible.class);
        EligibilityDecision late = assess(electronic.receivedOn(LocalDate.of(2016, 12, 6)));
        assertThat(reasons(late)).containsExactly(IneligibilityReason.LATE);
        assertThat(((Ineligible) late).findings().get(0).facts()).isEqualTo(
                "Received on December 6, 2016, 1 day after the last day to file, December 5, 2016 (30 days after "
                        + "the UR decision was served electronically on November 4, 2016; the 30th day, December 4, "
                        + "2016, is not a business day).");
    }

    @Test
    void serviceByMailAddsFiveDays() {
        // Mailed on November 4, 2016: 35 days is Friday, December 9.
        ApplicationForm mailed = form().urDecision(LocalDate.of(2016, 11, 4), ServiceMethod.MAIL);
        assertThat(assess(mailed.receivedOn(LocalDate.of(2016, 12, 9)))).isInstanceOf(Eligible.class);
        EligibilityDecision late = assess(mailed.receivedOn(LocalDate.of(2016, 12, 12)));
        assertThat(reasons(late)).containsExactly(IneligibilityReason.LATE);
        assertThat(((Ineligible) late).findings().get(0).facts()).contains("3 days after the last day to file, "
                + "December 9, 2016").contains("plus 5 days because it was served by mail");
    }

    @Test
    void personalServiceGetsNoExtension() {
        ApplicationForm personal = form().urDecision(LocalDate.of(2016, 11, 8), ServiceMethod.PERSONAL);
        assertThat(assess(personal.receivedOn(LocalDate.of(2016, 12, 8)))).isInstanceOf(Eligible.class);
        assertThat(reasons(assess(personal.receivedOn(LocalDate.of(2016, 12, 9)))))
                .containsExactly(IneligibilityReason.LATE);
    }

    @Test
    void aLastDayOnAHolidayMovesToTheNextBusinessDay() {
        // Served in person on the day after Thanksgiving 2016: the 30th day is Christmas Day, a Sunday, observed on
        // Monday the 26th; the last day to file is Tuesday, December 27.
        ApplicationForm personal = form().urDecision(LocalDate.of(2016, 11, 25), ServiceMethod.PERSONAL);
        assertThat(assess(personal.receivedOn(LocalDate.of(2016, 12, 27)))).isInstanceOf(Eligible.class);
        assertThat(reasons(assess(personal.receivedOn(LocalDate.of(2016, 12, 28)))))
                .containsExactly(IneligibilityReason.LATE);
    }

    @Test
    void theDateBasisIsConfigurable() {
        // Served electronically November 4, received by the employee November 20; filed December 15.
        Application application = form().urDecision(LocalDate.of(2016, 11, 4), ServiceMethod.ELECTRONIC)
                .urDecisionReceivedByEmployeeOn(LocalDate.of(2016, 11, 20))
                .receivedOn(LocalDate.of(2016, 12, 15)).toApplication(TODAY);

        assertThat(reasons(spec.assess(application, standard))).containsExactly(IneligibilityReason.LATE);
        ScreeningContext receipt2013 = standard.withFilingRule(FilingDeadlineRule.receipt2013());
        assertThat(spec.assess(application, receipt2013)).isInstanceOf(Eligible.class);

        FilingWindow window = FilingDeadlineRule.receipt2013().window(application.urDecision());
        assertThat(window.lastDay()).isEqualTo(LocalDate.of(2016, 12, 20));
        assertThat(window.basis()).startsWith("30 days after receipt: the employee received the UR decision on "
                + "November 20, 2016");
    }

    @Test
    void underTheReceiptRuleAMailedDecisionIsTakenAsReceivedFiveDaysLater() {
        UrDecision mailed = new UrDecision(LocalDate.of(2016, 11, 4), ServiceMethod.MAIL, java.util.Optional.empty(),
                true);
        assertThat(FilingDeadlineRule.receipt2013().window(mailed).lastDay())
                .isEqualTo(FilingDeadlineRule.current().window(mailed).lastDay())
                .isEqualTo(LocalDate.of(2016, 12, 9));
    }

    @Test
    void aConditionalNonCertificationIsNotEligible() {
        EligibilityDecision decision = assess(Fixtures.formWithoutItems()
                .disputedItem(ApplicationForm.Item.of("Lumbar MRI").conditionallyNonCertified()));
        assertThat(reasons(decision)).containsExactly(IneligibilityReason.CONDITIONALLY_NON_CERTIFIED);
    }

    @Test
    void aConditionalNonCertificationLeavesTheOtherTreatmentsEligible() {
        EligibilityDecision decision = assess(form()
                .disputedItem(ApplicationForm.Item.of("Lumbar MRI").conditionallyNonCertified()));
        assertThat(decision).isInstanceOf(Eligible.class);
        Eligible eligible = (Eligible) decision;
        assertThat(eligible.items()).extracting(DisputedItem::request)
                .containsExactly("Cervical spine MRI without contrast");
        assertThat(eligible.excluded()).singleElement().satisfies(x -> {
            assertThat(x.item().request()).isEqualTo("Lumbar MRI");
            assertThat(x.findings()).extracting(Finding::reason)
                    .containsExactly(IneligibilityReason.CONDITIONALLY_NON_CERTIFIED);
        });
    }

    @Test
    void aTreatmentAlreadyReviewedFromTheSameUrDecisionIsNotEligible() {
        Application earlier = form().toApplication(TODAY);
        List<PriorReview> prior = PriorReview.of(CaseNumber.of("CM16-0000001"), earlier);
        Application again = form().employee("MARIA", "L", "testperson").claimNumber("clm 2016 000123")
                .receivedOn(LocalDate.of(2016, 11, 28)).toApplication(TODAY);

        EligibilityDecision decision = spec.assess(again, standard.withPriorReviews(prior));
        assertThat(reasons(decision)).containsExactly(IneligibilityReason.EARLIER_IMR_OF_SAME_TREATMENT);
        assertThat(((Ineligible) decision).findings().get(0).facts()).contains("went to IMR in case CM16-0000001");

        Application newUrDecision = form().urDecision(LocalDate.of(2016, 11, 10), ServiceMethod.MAIL)
                .toApplication(TODAY);
        assertThat(spec.assess(newUrDecision, standard.withPriorReviews(prior))).isInstanceOf(Eligible.class);
    }

    @Test
    void everyApplicableReasonIsGiven() {
        EligibilityDecision decision = spec.assess(form().signed(false).urDecisionAttached(false)
                .receivedOn(LocalDate.of(2017, 1, 20)).toApplication(TODAY), standard);
        assertThat(reasons(decision)).containsExactly(IneligibilityReason.UNSIGNED, IneligibilityReason.LATE,
                IneligibilityReason.UR_DECISION_NOT_ATTACHED);
    }

    @Test
    void applicationAndTreatmentReasonsAreGivenTogetherWhenNoTreatmentIsLeft() {
        Application earlier = form().toApplication(TODAY);
        EligibilityDecision decision = spec.assess(form().signed(false).toApplication(TODAY),
                standard.withPriorReviews(PriorReview.of(CaseNumber.of("CM16-0000001"), earlier)));
        assertThat(reasons(decision)).containsExactly(IneligibilityReason.UNSIGNED,
                IneligibilityReason.EARLIER_IMR_OF_SAME_TREATMENT);
    }

    @Test
    void aDisputeOfLiabilityDefersTheReview() {
        Application application = form().toApplication(TODAY);
        assertThat(spec.assess(application, standard.withLiability(LiabilityPosition.DISPUTED)))
                .isInstanceOf(Deferred.class);
        assertThat(spec.assess(application, standard.withLiability(LiabilityPosition.DISPUTED_BUT_IMR_AGREED)))
                .isInstanceOf(Eligible.class);
        assertThat(spec.assess(application, standard.withLiability(LiabilityPosition.RESOLVED)))
                .isInstanceOf(Eligible.class);
    }

    @Test
    void aTreatmentAlsoDisputedForOtherReasonsDefersTheReview() {
        EligibilityDecision decision = assess(form()
                .disputedItem(ApplicationForm.Item.of("Knee brace").alsoDisputedForOtherReasons()));
        assertThat(decision).isInstanceOf(Deferred.class);
        assertThat(((Deferred) decision).reason()).contains("\"Knee brace\" is also disputed for reasons other");
    }

    @Test
    void ineligibilityWinsOverDeferral() {
        Application unsigned = form().signed(false).toApplication(TODAY);
        assertThat(reasons(spec.assess(unsigned, standard.withLiability(LiabilityPosition.DISPUTED))))
                .containsExactly(IneligibilityReason.UNSIGNED);
    }
}
