package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import org.junit.jupiter.api.Test;

/**
 * False overturns a review of the eleventh round found in its new readings, each on a synthetic record, with a record
 * beside it that meets the rule and stays overturned.
 */
class ReviewOfTheEleventhRoundTest {

    private static final String DATE = "2016-09-01";

    private static void assertOutcome(String record, String request, DraftOutcome expected) {
        Drafts.assertOutcome(record, request, DATE, expected);
    }

    // ------------------------------------------------------------------ opioids: what counts as function with the drug

    /** A patient on Norco whose monitoring is documented; FalseOverturnsLeftByTheReviewTest uses it too. */
    static final String ON_NORCO = "50 y/o M, chronic LBP since lifting injury at work on 2/3/2013. On Norco "
            + "10/325 qid since 2014. Seen monthly for med mgmt, last visit 8/15/16. Pain 8/10 w/o meds, 4/10 w/ meds. No "
            + "side effects. UDS 6/1/16 consistent. CURES reviewed. Opioid agreement on file. ";

    @Test
    void aDrugListedWithRxAndTakenForYearsIsNoNewStart() {
        assertOutcome("50 y/o M, chronic LBP since lifting injury at work on 2/3/2013. Rx Norco 10/325 1 tab qid since "
                + "2014 by Dr. Smith. Seen monthly. Pain 8/10, unchanged. No functional change. Failed NSAIDs and "
                + "Tylenol. Opioid risk tool: low risk. Treatment goals: walk 30 min, return to work. No side effects. "
                + "UDS 6/1/16 consistent. CURES reviewed. Opioid agreement on file.", "Norco 10/325 #120",
                DraftOutcome.UPHELD);
    }

    @Test
    void aWorkStatusOrderIsNoFunctionalGain() {
        assertOutcome(ON_NORCO + "Work status: RTW modified duty, no lifting over 10 lbs.", "Norco 10/325 #120",
                DraftOutcome.UPHELD);
    }

    @Test
    void aBaselineAndAnotherPersonsLeaveAreNoFunctionalGain() {
        assertOutcome(ON_NORCO + "He is independent w/ ADLs. His wife lets him rest most of the day.",
                "Norco 10/325 #120", DraftOutcome.UPHELD);
    }

    @Test
    void functionWithoutTheDrugIsNotCreditedToIt() {
        assertOutcome(ON_NORCO + "He stopped taking Norco for a week in July and was able to walk 30 minutes anyway.",
                "Norco 10/325 #120", DraftOutcome.UPHELD);
        assertOutcome(ON_NORCO + "With Norco he is able to walk 30 minutes and do his yard work.", "Norco 10/325 #120",
                DraftOutcome.OVERTURNED);
    }

    // ------------------------------------------------------------------ imaging: an abbreviation of another meaning

    @Test
    void manualMuscleTestingIsNoMeniscalTear() {
        assertOutcome("45 y/o F, right knee pain after slipping at work on 1/5/2016. Knee locks and gives way. MRI right "
                + "knee 3/1/2016: intact menisci, no meniscal tear. Mild chondromalacia patella. Exam: medial joint line "
                + "tenderness, McMurray negative, small effusion. MMT 4/5 quadriceps. Completed PT x12 without "
                + "improvement. Failed NSAIDs and a cortisone injection.",
                "Right knee arthroscopy with partial medial meniscectomy", DraftOutcome.UPHELD);
    }

    // ------------------------------------------------------------------ medial branch blocks: fused levels, radicular signs

    private static final String FACET_PAIN = "52 y/o M, chronic axial LBP since lifting injury at work 3/2/2014. Pain "
            + "worse with extension, facet loading positive. Failed PT, NSAIDs, HEP for 6 months. ";
    private static final String BLOCKS = "Lumbar medial branch block bilateral L4-5";

    @Test
    void aFusionInWordsTheCaseFileReadsNoOperationFromLeavesTheLevelOpen() {
        assertOutcome(FACET_PAIN + "No radicular sx. X-ray: pedicle screws and rods at L4-5, solid bony bridging.",
                BLOCKS, DraftOutcome.UPHELD);
        assertOutcome(FACET_PAIN + "No radicular sx. He had L4-5 XLIF in 2015.", BLOCKS, DraftOutcome.UPHELD);
        assertOutcome(FACET_PAIN + "No radicular sx. X-ray shows hardware at L4-5.", BLOCKS, DraftOutcome.UPHELD);
        assertOutcome(FACET_PAIN + "No radicular sx. No prior spine surgery.", BLOCKS, DraftOutcome.OVERTURNED);
    }

    @Test
    void noOtherSurgeryAfterAFusionIsNoNeverFusedLevel() {
        assertOutcome(FACET_PAIN + "No radicular sx. Neurologically intact. History: L4-5 ALIF with cage 2013; no "
                + "other spine surgery.", BLOCKS, DraftOutcome.UPHELD);
    }

    @Test
    void aSentenceOfNotesMayStartWithShorthand() {
        // "No radicular sx." ends its sentence: its "no" does not deny the fusion that follows
        assertOutcome(FACET_PAIN + "No radicular sx. s/p L4-5 fusion 2015.", BLOCKS, DraftOutcome.UPHELD);
    }

    @Test
    void radicularSignsOutweighANeurologicallyIntactSummary() {
        assertOutcome(FACET_PAIN + "Neurologically intact. Positive SLR on the left at 40 degrees with numbness in the "
                + "left L5 dermatome. No prior spine surgery.", BLOCKS, DraftOutcome.UPHELD);
        assertOutcome(FACET_PAIN + "Neurologically intact. No prior spine surgery.", BLOCKS, DraftOutcome.OVERTURNED);
    }

    @Test
    void reliefWrittenBeforeItsPercentIsStillMeasured() {
        String ablation = "Lumbar radiofrequency ablation bilateral L4-5";
        assertOutcome(FACET_PAIN + "No radicular sx. No prior spine surgery. Bilateral L4-5 medial branch blocks 6/2016 "
                + "gave good relief, 40% for 4 hours.", ablation, DraftOutcome.UPHELD);
        assertOutcome(FACET_PAIN + "No radicular sx. No prior spine surgery. Bilateral L4-5 medial branch blocks 6/2016 "
                + "gave relief, pain decreased 80% for 6 hours.", ablation, DraftOutcome.OVERTURNED);
    }

    // ------------------------------------------------------------------ therapy: sessions prescribed and then attended

    @Test
    void sessionsPrescribedAndThenAttendedCountAsGiven() {
        assertOutcome("45 y/o M. He injured his low back lifting at work on 1/4/2016. LBP 6/10, no radicular sx. "
                + "Prescribed 12 PT sessions in March 2016; all 12 were attended with no lasting benefit.",
                "Physical therapy x8 lumbar spine", DraftOutcome.UPHELD);
    }

    // ------------------------------------------------------------------ a COX-2 agent: the newer anticoagulants

    @Test
    void apixabanIsAnAnticoagulantForACox2Agent() {
        assertOutcome("58 y/o F, chronic bilateral knee osteoarthritis after work injury 2/2/2012. Pain 6/10. Tylenol "
                + "insufficient. Takes Eliquis 5 mg twice a day for atrial fibrillation.", "Celebrex 200mg #30",
                DraftOutcome.OVERTURNED);
    }

    // ------------------------------------------------------------------ the second review

    private static final String NORCO_WITH_GAINS = "55 y/o M, DOI 3/3/12, chronic low back pain. Norco 10/325 qid since "
            + "2013. With Norco pain 8/10 -> 4/10; with Norco able to walk 30 minutes and do his ADLs. CURES reviewed. "
            + "Opioid agreement signed. No side effects. Seen monthly. ";

    @Test
    void aRefusalToExplainDoesNotDenyTheInconsistentScreen() {
        assertOutcome(NORCO_WITH_GAINS + "He refused to explain the UDS of 6/2016, which was inconsistent, positive for "
                + "cocaine and negative for hydrocodone. Plan: continue Norco.", "Norco 10/325 mg #120",
                DraftOutcome.UPHELD);
        assertOutcome(NORCO_WITH_GAINS + "UDS 6/2016 was inconsistent (cocaine), but he declines to discuss it. Plan: "
                + "continue Norco.", "Norco 10/325 mg #120", DraftOutcome.UPHELD);
    }

    @Test
    void anInjectionRequestThatNamesTheReferralIsTheInjection() {
        Draft d = draft("48 y/o M, DOI 1/5/15, chronic low back pain, axial, no leg symptoms. Neuro exam normal. MRI: mild "
                + "degenerative disc disease, no stenosis. Failed PT, NSAIDs. He was referred to pain management for "
                + "consideration of injections; Dr. Lee saw him 8/1/16.",
                "Lumbar epidural steroid injection L4-5 per pain management referral for ESI", DATE, null);
        assertThat(d.interpreted().category().label()).as(explain(d)).startsWith("Injection");
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    private static final String FACET_BEFORE_EXAM = "48 y/o M, DOI 1/5/15, chronic low back pain, axial, worse with "
            + "extension. Facet loading positive bilaterally.\nFailed PT x 12, NSAIDs, home exercise for 6 months.\n";

    @Test
    void aBulletDashIsNoNegativeResult() {
        assertOutcome(FACET_BEFORE_EXAM + "Neuro exam lower extremities:\n-Reflexes absent at the left ankle\n-Strength "
                + "4/5 left EHL\n-Sensation decreased left foot\nPlan: bilateral L4-5, L5-S1 MBB.",
                "Bilateral L4-5 and L5-S1 medial branch blocks", DraftOutcome.UPHELD);
    }

    @Test
    void aNormalExaminationOfTheArmsSaysNothingOfALumbarRadiculopathy() {
        assertOutcome(FACET_BEFORE_EXAM + "Cervical exam: sensation nl, reflexes 2+ and symmetric, strength 5/5 in the "
                + "upper extremities. -Spurling.\nLumbar exam: tender over facets L4-S1. SLR 45 degrees on the left.\n"
                + "Plan: bilateral L4-5, L5-S1 MBB.", "Bilateral L4-5 and L5-S1 medial branch blocks",
                DraftOutcome.UPHELD);
    }

    @Test
    void noReliefWithAShareOfPainRemainingIsNoSuccessfulBlock() {
        assertOutcome("48 y/o M, DOI 1/5/15, chronic axial low back pain, no radiation. Neuro intact. Failed PT, NSAIDs, "
                + "HEP. No prior spine surgery. Right L4-5, L5-S1 medial branch blocks with lidocaine 7/1/2016: no "
                + "relief, 80% of pain remained for the next 6 hours.", "Right L4-5 and L5-S1 radiofrequency ablation",
                DraftOutcome.UPHELD);
    }

    @Test
    void aRelativesOsteoporosisOrAChildhoodFallIsNoRedFlag() {
        assertOutcome("52 y/o F, DOI 8/10/16, lifting boxes at work, low back pain. Mother has osteoporosis. Exam: "
                + "tender lumbar paraspinals, no neuro deficit.", "X-ray lumbar spine 3 views", DraftOutcome.UPHELD);
        assertOutcome("40 y/o M, DOI 8/10/16, lifting boxes at work, neck pain. Fell from a ladder in 1998 as a child, "
                + "no injury. Exam: tender cervical paraspinals, no neuro deficit.", "CT cervical spine",
                DraftOutcome.UPHELD);
        assertOutcome("40 y/o M, DOI 8/10/16: he fell from a ladder at work, landing on his back. Exam: tender lumbar "
                + "paraspinals, no neuro deficit.", "X-ray lumbar spine 3 views", DraftOutcome.OVERTURNED);
    }
}
