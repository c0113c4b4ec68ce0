package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.RecommendationKindsTest.assertOutcome;

import org.junit.jupiter.api.Test;
import org.openimr.determination.RecommendationTrace.Conclusion;

/**
 * The weaning and tapering rules (framework.yaml {@code weaning}) never decide a request for an ongoing supply: a
 * non-certification of a drug taken for more than two weeks says that weaning is recommended. A request that is
 * itself a weaning or taper supply is decided by them: supported when the record shows use for more than two weeks.
 * Synthetic records.
 */
class WeaningTest {

    private static final String INJURED = "2013-03-18";
    private static final String CPMTG_2009 = "2015-06-01";
    private static final String OTG_2016 = "2016-12-01";

    /** Long-term opioid use with no improvement documented: ongoing opioids are not supported. */
    private static final String NO_IMPROVEMENT = "He has taken Norco 10/325 mg one tablet every 6 hours since 2013 for "
            + "chronic low back pain. The pain is unchanged at 8/10 with Norco and there has been no functional "
            + "improvement. He remains off work.";

    @Test
    void aNonCertificationOfLongTermOpioidsSaysWeaningIsRecommended() {
        Draft d = draft(NO_IMPROVEMENT, "Norco 10/325 mg #120", CPMTG_2009, INJURED);
        assertOutcome(d, DraftOutcome.UPHELD);
        assertThat(d.citationText()).doesNotContain("124");
        assertThat(d.rationale()).contains("Weaning is recommended rather than stopping the drug abruptly",
                "Chronic Pain Treatment Guidelines Page(s): 124");
    }

    @Test
    void theWeaningRuleIsNotCitedForAnOngoingSupplyItDoesNotDecide() {
        Draft d = draft("He has taken Norco 10/325 mg one tablet every 6 hours as needed since 2014 for chronic right "
                + "shoulder pain from impingement syndrome. With Norco the pain decreases from 8/10 to 4/10, and he "
                + "reports improved function: he can walk longer and do household chores. He denies side effects. A "
                + "urine drug screen in April 2015 was consistent with his prescriptions. He is working modified duty.",
                "Norco 10/325 mg #120", CPMTG_2009, INJURED);
        assertOutcome(d, DraftOutcome.OVERTURNED);
        assertThat(d.citationText()).doesNotContain("124");
        assertThat(d.rationale()).doesNotContain("Weaning is recommended");
    }

    @Test
    void aSupplyForWeaningIsDecidedByTheWeaningRule() {
        Draft d = draft(NO_IMPROVEMENT, "Norco 10/325 #60 for weaning", CPMTG_2009, INJURED);
        assertOutcome(d, DraftOutcome.OVERTURNED);
        assertThat(d.citationText()).isEqualTo("Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 124.");
        assertThat(d.trace().steps()).anyMatch(s -> s.contains("supply for weaning"));
    }

    @Test
    void aSupplyForTaperingUnderTheOpioidGuidelines2016IsDecidedByItsTaperingSection() {
        Draft d = draft(NO_IMPROVEMENT.replace("since 2013", "since January 2015"),
                "Norco 10/325 mg #90 for tapering purposes", OTG_2016, INJURED);
        assertOutcome(d, DraftOutcome.OVERTURNED);
        assertThat(d.citationText()).contains("4. Tapering Opioids");
    }

    @Test
    void aSupplyForWeaningWithoutUseForMoreThanTwoWeeksIsNotDecidedByTheWeaningRule() {
        Draft d = draft("Chronic low back pain. He takes ibuprofen 800 mg. Norco is to be started.",
                "Norco 10/325 #60 for weaning", CPMTG_2009, INJURED);
        assertThat(d.trace().recommendations()).filteredOn(r -> r.id().equals("cpmtg-2009.opioids.weaning"))
                .extracting(RecommendationTrace::conclusion).containsExactly(Conclusion.DOES_NOT_APPLY);
        assertThat(d.citationText()).doesNotContain("124");
    }

    @Test
    void aNonCertificationOfCarisoprodolSaysToWeanFromItsOwnEntry() {
        Draft d = draft("She has taken Soma 350 mg three times a day for two years for chronic low back spasm.",
                "Soma 350 mg #90", CPMTG_2009, INJURED);
        assertOutcome(d, DraftOutcome.UPHELD);
        assertThat(d.citationText()).isEqualTo("Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 29.");
        assertThat(d.rationale()).contains("Wean rather than stop.");
    }

    @Test
    void aRequestSayingThePatientIsUnableToWeanIsAnOngoingSupplyNotAWeaningSupply() {
        Draft d = draft(NO_IMPROVEMENT, "Norco 10/325 mg #120, patient unable to wean", CPMTG_2009, INJURED);
        assertOutcome(d, DraftOutcome.UPHELD);
        assertThat(d.trace().steps()).noneMatch(s -> s.contains("supply for weaning"));
        assertThat(d.rationale()).contains("Weaning is recommended rather than stopping the drug abruptly");
    }

    @Test
    void aBareMentionOfTaperingInTheRequestDoesNotMakeItATaperSupply() {
        Draft d = draft(NO_IMPROVEMENT.replace("since 2013", "since January 2015"),
                "Norco 10/325 mg #120, tapering discussed and declined", OTG_2016, INJURED);
        assertOutcome(d, DraftOutcome.UPHELD);
        assertThat(d.trace().steps()).noneMatch(s -> s.contains("supply for weaning"));
    }

    @Test
    void aTaperSupplyAndAWeaningDoseAreWeaningSupplies() {
        assertThat(draft(NO_IMPROVEMENT, "Norco 10/325 mg #30 taper supply", CPMTG_2009, INJURED).trace().steps())
                .anyMatch(s -> s.contains("supply for weaning (\"taper supply\")"));
        assertThat(draft(NO_IMPROVEMENT, "Norco 10/325 mg #30 weaning dose", CPMTG_2009, INJURED).trace().steps())
                .anyMatch(s -> s.contains("supply for weaning (\"weaning dose\")"));
    }
}
