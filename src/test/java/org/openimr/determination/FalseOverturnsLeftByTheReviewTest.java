package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openimr.casefile.ClinicalFactExtractor;
import org.openimr.casefile.StatedDate;

/**
 * The ways to a false overturn the review of the eleventh round left open, each on a synthetic record, with a record
 * beside it that truly meets the criterion and stays overturned.
 */
class FalseOverturnsLeftByTheReviewTest {

    private static final String DATE = "2016-09-01";

    private static void assertOutcome(String record, String request, DraftOutcome expected) {
        Drafts.assertOutcome(record, request, DATE, expected);
    }

    // ------------------------------------------------------------------ 1. a drug's functional gain

    private static final String ON_NORCO = ReviewOfTheEleventhRoundTest.ON_NORCO;
    private static final String NORCO = "Norco 10/325 #120";

    @Test
    void aGainAfterTheDrugsAbsenceOrOfAnotherTreatmentIsNotTheDrugs() {
        assertOutcome(ON_NORCO + "Off Norco for 2 weeks. Walking tolerance increased.", NORCO, DraftOutcome.UPHELD);
        assertOutcome(ON_NORCO + "Since starting PT, walking tolerance increased.", NORCO, DraftOutcome.UPHELD);
        assertOutcome(ON_NORCO + "He stopped Norco in July. Sitting tolerance improved to 1 hour.", NORCO,
                DraftOutcome.UPHELD);
        assertOutcome(ON_NORCO + "Since gabapentin was started, he is able to walk longer.", NORCO, DraftOutcome.UPHELD);
    }

    @Test
    void aGainTheClauseCreditsToTheDrugOrTheMedicationIsTheDrugs() {
        assertOutcome(ON_NORCO + "With Norco she can walk 30 minutes.", NORCO, DraftOutcome.OVERTURNED);
        assertOutcome(ON_NORCO + "With meds, walking tolerance increased to 1 hour.", NORCO, DraftOutcome.OVERTURNED);
        // a gain that names nothing else, with no word of the drug's absence, is still the drug's (the only treatment)
        assertOutcome(ON_NORCO + "Walking tolerance increased.", NORCO, DraftOutcome.OVERTURNED);
    }

    // ------------------------------------------------------------------ 2. a TENS purchase and its trial

    private static final String BACK = "48 y/o F, chronic low back pain since a lifting injury at work on 3/4/2014. "
            + "Failed PT, NSAIDs. Continues home exercise program. ";
    private static final String RESULTS = " with pain decreasing from 7/10 to 4/10 and walking tolerance increased.";
    private static final String TENS = "TENS unit purchase for the low back";

    @Test
    void aHopedForOrPlannedTrialIsNoTrial() {
        assertOutcome(BACK + "Hoping for a TENS trial" + RESULTS, TENS, DraftOutcome.UPHELD);
        assertOutcome(BACK + "Would like to try a TENS unit," + RESULTS, TENS, DraftOutcome.UPHELD);
        assertOutcome(BACK + "Plan a TENS trial at home for one month" + RESULTS, TENS, DraftOutcome.UPHELD);
    }

    @Test
    void aSingleSessionInTheClinicIsNoHomeTrial() {
        assertOutcome(BACK + "TENS unit trialed once in clinic" + RESULTS, TENS, DraftOutcome.UPHELD);
    }

    @Test
    void aTrialOnAnotherRegionIsNoTrialForTheRegionRequested() {
        assertOutcome(BACK + "One-month home TENS trial on the neck" + RESULTS, TENS, DraftOutcome.UPHELD);
    }

    @Test
    void aOneMonthHomeTrialForTheSameRegionStaysMet() {
        assertOutcome(BACK + "One-month home TENS trial for the low back" + RESULTS, TENS, DraftOutcome.OVERTURNED);
    }

    // ------------------------------------------------------------------ 3. CPM: a stiff knee of the postoperative period

    private static final String KNEE = "68 y/o F, right knee osteoarthritis after a fall at work on 2/2/2012. Right total "
            + "knee arthroplasty on 8/25/2016. ";
    private static final String CPM = "Continuous passive motion device rental for 14 days, right knee";

    @Test
    void stiffKneeWordsOfAnotherTimeAreNoRisk() {
        assertOutcome(KNEE + "Before her arthroscopy in 2010 she was unable to bear weight for a month. Post-op ROM 0-95.",
                CPM, DraftOutcome.UPHELD);
        assertOutcome(KNEE + "She had arthrofibrosis after a left knee arthroscopy in 2009. Post-op ROM 0-110.", CPM,
                DraftOutcome.UPHELD);
        assertOutcome(KNEE + "Prior to the operation she was unable to bear weight. Post-op ROM 0-110.", CPM,
                DraftOutcome.UPHELD);
        assertOutcome(KNEE + "No arthrofibrosis. Post-op ROM 0-110.", CPM, DraftOutcome.UPHELD);
    }

    @Test
    void aStiffKneeAfterThisOperationIsTheRisk() {
        assertOutcome(KNEE + "Since the arthroplasty on 8/25/2016 she has been unable to bear weight. Post-op ROM 0-70.",
                CPM, DraftOutcome.OVERTURNED);
        assertOutcome(KNEE + "Post-op the knee is stiff with flexion limited to 70 degrees; high risk of arthrofibrosis.",
                CPM, DraftOutcome.OVERTURNED);
    }

    // ------------------------------------------------------------------ 4. a COX-2 agent: the patient's own GI risk

    private static final String OA = "58 y/o F, chronic bilateral knee osteoarthritis after work injury 2/2/2012. Pain "
            + "6/10. Tylenol insufficient. ";
    private static final String CELEBREX = "Celebrex 200mg #30";

    @Test
    void aPastAnticoagulantOrARelativesBleedIsNoRiskFactor() {
        assertOutcome(OA + "She was on warfarin until 2014.", CELEBREX, DraftOutcome.UPHELD);
        assertOutcome(OA + "Past medical history: atrial fibrillation; she used to take Coumadin.", CELEBREX,
                DraftOutcome.UPHELD);
        assertOutcome(OA + "Eliquis was discontinued last year.", CELEBREX, DraftOutcome.UPHELD);
        assertOutcome(OA + "Her father had a GI bleed.", CELEBREX, DraftOutcome.UPHELD);
        assertOutcome(OA + "Family history: father had a GI bleed.", CELEBREX, DraftOutcome.UPHELD);
    }

    @Test
    void aCurrentAnticoagulantOrHerOwnBleedIsARiskFactor() {
        assertOutcome(OA + "She takes warfarin 5 mg daily for atrial fibrillation.", CELEBREX, DraftOutcome.OVERTURNED);
        // another drug stopped in the sentence does not end the anticoagulant
        assertOutcome(OA + "She takes warfarin daily; ibuprofen was stopped.", CELEBREX, DraftOutcome.OVERTURNED);
        assertOutcome(OA + "She has a history of a GI bleed from a gastric ulcer in 2010.", CELEBREX,
                DraftOutcome.OVERTURNED);
    }

    // ------------------------------------------------------------------ 5. an equivocal straight leg raise

    private static final String FACET = "52 y/o M, chronic axial LBP since lifting injury at work 3/2/2014. Pain worse "
            + "with extension, facet loading positive. Failed PT, NSAIDs, HEP for 6 months. No prior spine surgery. ";
    private static final String BLOCKS = "Lumbar medial branch block bilateral L4-5";

    @Test
    void anEquivocalStraightLegRaiseLeavesRadiculopathyOpen() {
        assertOutcome(FACET + "Exam: +/-SLR, equivocal. Reflexes nl.", BLOCKS, DraftOutcome.UPHELD);
        assertOutcome(FACET + "Exam: SLR equivocal on the left, reflexes nl.", BLOCKS, DraftOutcome.UPHELD);
        assertOutcome(FACET + "Exam: -SLR B, reflexes nl.", BLOCKS, DraftOutcome.OVERTURNED);
    }

    // ------------------------------------------------------------------ 6. the date of the industrial injury

    private static StatedDate dateOfInjury(String record) {
        return ClinicalFactExtractor.standard().extract(record).dateOfInjury().orElseThrow().value();
    }

    @Test
    void anInjuryAtHomeOrInSportIsNotTheIndustrialInjury() {
        assertThat(dateOfInjury("45 y/o F. She injured her knee at home on 3/2/2012. She had an industrial injury on "
                + "5/6/2014 when she slipped on a wet floor at work, injuring the right knee. Knee pain 6/10."))
                .isEqualTo(StatedDate.day(LocalDate.of(2014, 5, 6)));
        assertThat(dateOfInjury("45 y/o F. Prior to her industrial injury she hurt her back skiing in 2010. She injured "
                + "her low back lifting boxes at work on 6/1/2016. LBP 6/10, no radicular sx."))
                .isEqualTo(StatedDate.day(LocalDate.of(2016, 6, 1)));
    }

    @Test
    void anInjuryDateWrittenPlainlyIsStillRead() {
        assertThat(dateOfInjury("45 y/o F. She injured her right knee on 5/6/2014 slipping on a wet floor."))
                .isEqualTo(StatedDate.day(LocalDate.of(2014, 5, 6)));
    }
}
