package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.assertOutcome;
import static org.openimr.determination.Drafts.explain;
import static org.openimr.determination.Drafts.verdictOf;

import org.junit.jupiter.api.Test;

/**
 * The readings of medication and injection summaries a review of the thirteenth round found too wide: each drew a
 * false OVERTURNED (a long-term drug read as started now, scores of another part or a plan read as the drug's relief,
 * another treatment's relief or a denied reduction credited to a block, an MRI "showing" in a denial, a return to work
 * of years ago) or a false UPHELD (a plan to watch for early refills, a denial after the phrase, a remote history read
 * as aberrant drug-taking). Each fix beside a record that still comes out as before. Synthetic records, written for
 * OpenIMR.
 */
class ReviewOfTheThirteenthRoundMedicationsTest {

    // ------------------------------------------------------------------------ a drug started long ago is continued

    private static final String KNEE = "The injured worker is a 56-year-old male roofer injured on 10/05/2011, with "
            + "chronic right knee pain after two knee surgeries. Ibuprofen and naproxen failed to control his pain. On "
            + "02/24/2016 his baseline pain was 8/10 and he could not walk more than a block; the goal is to walk 30 "
            + "minutes and do light yard work. ";
    private static final String NORCO = "Norco 10/325 mg #120";

    @Test
    void aDrugPrescribedSinceAYearLongAgoIsContinuedNotStarted() {
        assertOutcome(KNEE + "He has been prescribed Norco 10/325 mg four times a day since 2013, with no change in "
                + "his pain or function. Norco was non-certified on 03/04/2016.", NORCO, "2016-03-04", DraftOutcome.UPHELD);
        assertOutcome(KNEE + "Medications prescribed have included Norco 10/325 mg since at least 06/2014, with no "
                + "change in his function. Norco was non-certified on 03/04/2016.", NORCO, "2016-03-04",
                DraftOutcome.UPHELD);
        assertOutcome(KNEE + "He is taking Norco 10/325 mg, which was initially prescribed in 2013, with no change in "
                + "his function. Norco was non-certified on 03/04/2016.", NORCO, "2016-03-04", DraftOutcome.UPHELD);
    }

    /** A patient with a documented S1 radiculopathy (also the patient of ReadingsLeftByTheThirteenthRoundTest). */
    static final String S1 = "The patient is a 47-year-old male warehouse worker injured on 12/01/2014, with "
            + "right leg pain and numbness. An EMG on 05/02/2015 showed a right S1 radiculopathy. On 02/16/2016 the "
            + "straight leg raise was positive on the right and the right ankle reflex was absent. ";
    static final String GABAPENTIN = "Gabapentin 300 mg #90";
    /** The same patient, without the examination, with the date gabapentin was started. */
    private static final String STARTED = "The patient is a 47-year-old male warehouse worker injured on 12/01/2014, "
            + "with right leg pain and numbness. An EMG on 05/02/2015 showed a right S1 radiculopathy. Gabapentin 300 mg "
            + "three times a day was started on 08/10/2015. ";

    @Test
    void gabapentinTriedLongAgoWithoutBenefitIsNoFirstTrial() {
        assertOutcome(S1 + "He has been prescribed gabapentin 300 mg three times a day since 2014, without benefit. "
                + "Utilization review on 02/25/2016 non-certified the gabapentin.", GABAPENTIN, "2016-02-25",
                DraftOutcome.UPHELD);
        assertOutcome(S1 + "A trial of gabapentin 300 mg three times a day in 2015 gave no relief. Utilization review "
                + "on 02/25/2016 non-certified the gabapentin.", GABAPENTIN, "2016-02-25", DraftOutcome.UPHELD);
        assertOutcome(S1 + "Gabapentin 300 mg three times a day was started in mid-2015 and has not changed his pain. "
                + "Utilization review on 02/25/2016 non-certified the gabapentin.", GABAPENTIN, "2016-02-25",
                DraftOutcome.UPHELD);
        assertOutcome(S1 + "His numbness began after the fall and he takes gabapentin 300 mg three times a day. "
                + "Utilization review on 02/25/2016 non-certified the gabapentin.", GABAPENTIN, "2016-02-25",
                DraftOutcome.UPHELD);
    }

    @Test
    void gabapentinThePhysicianStartsAtTheVisitIsStillAFirstTrial() {
        assertOutcome(S1 + "He had 12 sessions of physical therapy and takes ibuprofen. The physician started "
                + "gabapentin 300 mg three times a day for the neuropathic leg pain. Utilization review on 02/25/2016 "
                + "non-certified the gabapentin.", GABAPENTIN, "2016-02-25", DraftOutcome.OVERTURNED);
    }

    // ------------------------------------------------------------------------------ scores of the drug's relief

    private static final String RELIEF = "30% pain relief";

    @Test
    void scoresOfAnotherBodyPartMeasureNoRelief() {
        Draft d = assertOutcome(S1 + "Before gabapentin his leg pain was 8/10. On 02/16/2016 his neck pain was 2/10 on "
                + "gabapentin. Gabapentin 300 mg was non-certified on 02/25/2016.", GABAPENTIN, "2016-02-25",
                DraftOutcome.UPHELD);
        assertThat(verdictOf(d, RELIEF)).as(explain(d)).isNotEqualTo(Verdict.MET);
    }

    @Test
    void aReliefThatWoreOffIsNoReliefNow() {
        Draft d = assertOutcome(S1 + "Before gabapentin his leg pain was 8/10. Initially his leg pain was 4/10 on "
                + "gabapentin. The effect wore off over the following months and his leg pain is now 8/10 again. "
                + "Gabapentin 300 mg was non-certified on 02/25/2016.", GABAPENTIN, "2016-02-25", DraftOutcome.UPHELD);
        assertThat(verdictOf(d, RELIEF)).as(explain(d)).isNotEqualTo(Verdict.MET);
    }

    @Test
    void aGoalScoreIsNoScoreOnTheDrug() {
        Draft d = assertOutcome(S1 + "Before gabapentin his leg pain was 8/10. The goal is to bring his leg pain to 4/10 "
                + "on gabapentin. Gabapentin 300 mg was non-certified on 02/25/2016.", GABAPENTIN, "2016-02-25",
                DraftOutcome.UPHELD);
        assertThat(verdictOf(d, RELIEF)).as(explain(d)).isNotEqualTo(Verdict.MET);
    }

    @Test
    void aScoreAnotherTreatmentGaveInTheSameSentenceIsNotTheDrugs() {
        Draft d = assertOutcome(STARTED + "Without gabapentin his leg pain was 8/10 in 2015. On "
                + "02/16/2016 his leg pain was 7/10 with gabapentin; his back pain is 2/10 since the ESI. Gabapentin "
                + "300 mg was non-certified on 02/25/2016.", GABAPENTIN, "2016-02-25", DraftOutcome.UPHELD);
        assertThat(verdictOf(d, RELIEF)).as(explain(d)).isNotEqualTo(Verdict.MET);
    }

    @Test
    void scoresAnOperationShareWithTheDrugAreNotTheDrugsAlone() {
        Draft d = assertOutcome(S1 + "Before the lumbar fusion and gabapentin his leg pain was 8/10. Since the fusion "
                + "on 10/10/2015, with gabapentin, his leg pain is 3/10. Gabapentin 300 mg was non-certified on "
                + "02/25/2016.", GABAPENTIN, "2016-02-25", DraftOutcome.UPHELD);
        assertThat(verdictOf(d, RELIEF)).as(explain(d)).isNotEqualTo(Verdict.MET);
    }

    @Test
    void scoresTheReviewerQuotesAreNotTheRecords() {
        Draft d = assertOutcome(S1 + "The reviewer noted that before gabapentin his leg pain was 8/10 and on gabapentin "
                + "it was 4/10, but gabapentin was non-certified on 02/25/2016 as he had stopped taking it.", GABAPENTIN,
                "2016-02-25", DraftOutcome.UPHELD);
        assertThat(verdictOf(d, RELIEF)).as(explain(d)).isNotEqualTo(Verdict.MET);
    }

    @Test
    void scoresOfTheSamePartBeforeAndOnTheDrugStillMeasureItsRelief() {
        Draft d = assertOutcome(S1 + "Before gabapentin his leg pain was 8/10. On 02/16/2016 his leg pain was 4/10 on "
                + "gabapentin. Gabapentin 300 mg was non-certified on 02/25/2016.", GABAPENTIN, "2016-02-25",
                DraftOutcome.OVERTURNED);
        assertThat(verdictOf(d, RELIEF)).as(explain(d)).isEqualTo(Verdict.MET);
    }

    @Test
    void aReliefTheRecordSaysWasNotObtainedIsNone() {
        Draft d = assertOutcome(STARTED + "On 02/16/2016 he stated that he did not obtain 30% pain relief "
                + "with gabapentin and his activities are unchanged. Gabapentin 300 mg was non-certified on 02/25/2016.",
                GABAPENTIN, "2016-02-25", DraftOutcome.UPHELD);
        assertThat(verdictOf(d, RELIEF)).as(explain(d)).isNotEqualTo(Verdict.MET);
    }

    // ----------------------------------------------------------------- a repeat block: the relief and the medication

    private static final String FIRST_BLOCK = "The patient is a 45-year-old female clerk injured on 03/03/2014, with low "
            + "back pain radiating to the left leg. An MRI on 06/01/2014 showed a left L5-S1 disc extrusion compressing "
            + "the S1 nerve root, and sensation is decreased over the left lateral foot. She had a left L5-S1 "
            + "transforaminal epidural steroid injection on 09/15/2015. On 11/02/2015 she reported 70% relief of her leg "
            + "pain. ";
    private static final String REPEAT = "Repeat left L5-S1 transforaminal epidural steroid injection";

    @Test
    void theReliefOfAnotherTreatmentToldNextIsNotTheBlocks() {
        assertOutcome(FIRST_BLOCK + "On 01/11/2016 she reported that her relief from the earlier physical therapy "
                + "lasted about 3 months and that she was able to reduce Norco, and she returned to full duty work. On "
                + "02/10/2016 her leg pain had returned. The repeat injection was non-certified on 02/20/2016.", REPEAT,
                "2016-02-20", DraftOutcome.UPHELD);
    }

    @Test
    void aDurationTheReviewerStatesIsNotTheRecords() {
        assertOutcome(FIRST_BLOCK + "The reviewer stated that the relief lasted about 3 months and that she was able to "
                + "reduce Norco, but that the function was not documented. She returned to full duty work. The repeat "
                + "injection was non-certified on 02/20/2016.", REPEAT, "2016-02-20", DraftOutcome.UPHELD);
    }

    @Test
    void aReductionSheCouldNotMakeIsNoLessMedication() {
        assertOutcome(FIRST_BLOCK + "On 01/11/2016 she reported that the relief lasted about 3 months, but she was not "
                + "able to reduce Norco. She has returned to her regular job. The repeat injection was non-certified on "
                + "02/20/2016.", REPEAT, "2016-02-20", DraftOutcome.UPHELD);
    }

    @Test
    void theBlocksReliefAndLessNorcoToldNextStillSupportTheRepeat() {
        assertOutcome(FIRST_BLOCK + "On 01/11/2016 she reported that the relief lasted about 3 months and that she was "
                + "able to reduce Norco, and she returned to full duty work. On 02/10/2016 her leg pain had returned. The "
                + "repeat injection was non-certified on 02/20/2016.", REPEAT, "2016-02-20", DraftOutcome.OVERTURNED);
    }

    @Test
    void theReliefFromTheInjectionToldNextIsTheBlocks() {
        // "the relief from the injection" names the block itself, not another treatment (the read-through of the round)
        assertOutcome(FIRST_BLOCK + "On 01/11/2016 she reported that the relief from the injection lasted about 3 months "
                + "and that she was able to reduce Norco, and she returned to full duty work. On 02/10/2016 her leg pain had "
                + "returned. The repeat injection was non-certified on 02/20/2016.", REPEAT, "2016-02-20",
                DraftOutcome.OVERTURNED);
    }

    @Test
    void aFailedReturnToWorkIsNotUndoneByTheWordsThatTellItFailed() {
        // the return-to-work reading that drops a return undone since is for the return itself, not for a failed one
        assertOutcome("Lumbar strain since 2014. She had an unsuccessful return to work in 2015 and has been off work "
                + "since. The physician requests a functional capacity evaluation to define her restrictions.",
                "Functional capacity evaluation", "2016-02-20", DraftOutcome.OVERTURNED);
    }

    // -------------------------------------------------------------------------------- an MRI that shows a lesion

    private static final String LUMBAR = "The patient is a 45-year-old female clerk injured on 03/03/2014, with low back "
            + "pain radiating to the left leg and decreased sensation over the left lateral foot. ";
    private static final String CARE = "She had 12 sessions of physical therapy and takes naproxen without relief. A left "
            + "L5-S1 transforaminal epidural steroid injection was non-certified on 02/20/2016.";
    private static final String ESI = "Left L5-S1 transforaminal epidural steroid injection";

    @Test
    void anMriNotProvidedShowsNothing() {
        Draft d = assertOutcome(LUMBAR + "No MRI showing nerve root compression has been provided. " + CARE, ESI,
                "2016-02-20", DraftOutcome.UPHELD);
        assertThat(d.rationale()).as(explain(d)).doesNotContain("showed nerve root compression");
        assertOutcome(LUMBAR + "The physician requested an MRI showing whether there is nerve root compression. " + CARE,
                ESI, "2016-02-20", DraftOutcome.UPHELD);
    }

    private static String opioidRecord(String dose) {
        return "The patient is a 48-year-old male injured on 05/10/2013 lifting boxes. Diagnoses: lumbar radiculopathy, "
                + "chronic low back pain. On 01/05/2016 he reported low back pain 8/10 without medication and 4/10 with "
                + "medication. With his medications he is able to walk 30 minutes and work modified duty 6 hours a day. "
                + "No side effects. Urine drug screen on 12/01/2015 was consistent with prescribed medications. He takes "
                + "OxyContin and oxycodone for breakthrough pain. " + dose + " The physician requested OxyContin 40 mg #60.";
    }

    @Test
    void aMorphineEquivalentDoseTheRecordStatesIsRead() {
        // the regimen's doses are not stated, so the dose cannot be computed; the record states it (the review's m1)
        Draft d = assertOutcome(opioidRecord("His morphine equivalent dose is 240 mg a day."), "OxyContin 40 mg #60",
                "2016-01-20", DraftOutcome.UPHELD);
        assertThat(d.rationale()).as(explain(d)).contains("240");
        assertOutcome(opioidRecord("Current MED: 200."), "OxyContin 40 mg #60", "2016-01-20", DraftOutcome.UPHELD);
        // guards: a limit or a dose within it is no dose above it
        assertOutcome(opioidRecord("The MED should not exceed 120 mg a day."), "OxyContin 40 mg #60", "2016-01-20",
                DraftOutcome.OVERTURNED);
        assertOutcome(opioidRecord("His MED is 90 mg a day."), "OxyContin 40 mg #60", "2016-01-20",
                DraftOutcome.OVERTURNED);
    }

    @Test
    void anMriOfTheNeckCorroboratesNoLumbarRadiculopathy() {
        // a study corroborates the radiculopathy of the part requested only (an older reading the review found)
        assertOutcome(LUMBAR + "A cervical MRI on 06/01/2014 showed a C5-6 disc protrusion with foraminal stenosis. "
                + CARE, ESI, "2016-02-20", DraftOutcome.UPHELD);
        // guard: the same finding on a lumbar MRI still corroborates it
        assertOutcome(LUMBAR + "A lumbar MRI on 06/01/2014 showed an L5-S1 disc protrusion with foraminal stenosis. "
                + CARE, ESI, "2016-02-20", DraftOutcome.OVERTURNED);
    }

    @Test
    void patentForaminaAfterASemicolonAreNoLesion() {
        assertOutcome(LUMBAR + "An MRI on 06/01/2014 showed no significant change from 2013; a small disc bulge without "
                + "herniation; the foramina are patent. " + CARE, ESI, "2016-02-20", DraftOutcome.UPHELD);
    }

    @Test
    void anMriShowingACompressedRootStillCorroborates() {
        assertOutcome(LUMBAR + "An MRI on 06/01/2014 showed a left L5-S1 disc extrusion compressing the S1 nerve root. "
                + CARE, ESI, "2016-02-20", DraftOutcome.OVERTURNED);
    }

    // ------------------------------------------------------------------------------ opioids: work and aberrance

    private static final String OXYCODONE_KNEE = "The injured worker is a 56-year-old male roofer injured on 10/05/2011, "
            + "with chronic right knee pain after two knee surgeries. Physical therapy, NSAIDs and gabapentin failed. His "
            + "medication is oxycodone 10 mg four times a day. On 02/24/2016 pain was 9/10 without medication and 5/10 "
            + "with medication. ";
    private static final String MONITORED = "He denies side effects. A urine drug screen on 01/20/2016 was consistent "
            + "and CURES showed one prescriber. ";
    private static final String OXYCODONE = "Oxycodone 10 mg #120";
    private static final String DENIED = "Oxycodone was non-certified on 03/04/2016.";

    @Test
    void aReturnToWorkYearsAgoIsNoReturnNow() {
        assertOutcome(OXYCODONE_KNEE + "He returned to his regular job in 2012 after the first surgery but has been off "
                + "work since the second surgery in 2014. " + MONITORED + DENIED, OXYCODONE, "2016-03-04",
                DraftOutcome.UPHELD);
        assertOutcome(OXYCODONE_KNEE + "He returned to regular duty in 2012 after the first surgery but has been off "
                + "work since the second surgery in 2014. " + MONITORED + DENIED, OXYCODONE, "2016-03-04",
                DraftOutcome.UPHELD);
        assertOutcome(OXYCODONE_KNEE + "He returned to his usual job with restrictions of no kneeling, which his "
                + "employer could not accommodate, and he has not worked since 12/2015. " + MONITORED + DENIED,
                OXYCODONE, "2016-03-04", DraftOutcome.UPHELD);
    }

    @Test
    void aReturnToWorkTheReviewerNotesIsNotTheRecords() {
        assertOutcome(OXYCODONE_KNEE + "The reviewer noted that the patient returned to his regular job; however, the "
                + "employer reports he has been off work since 2014. " + MONITORED + DENIED, OXYCODONE, "2016-03-04",
                DraftOutcome.UPHELD);
    }

    private static final String FUNCTION = "With medication he is able to walk 30 minutes and do light yard work, and "
            + "he returned to modified duty in 01/2016. ";

    @Test
    void aRecentReturnToModifiedDutyStillCounts() {
        assertOutcome(OXYCODONE_KNEE + FUNCTION + MONITORED + DENIED, OXYCODONE, "2016-03-04", DraftOutcome.OVERTURNED);
    }

    @Test
    void aPlanToWatchForEarlyRefillsIsNoEarlyRefill() {
        assertOutcome(OXYCODONE_KNEE + FUNCTION + MONITORED + "Will continue to monitor for early refills and multiple "
                + "prescribers. " + DENIED, OXYCODONE, "2016-03-04", DraftOutcome.OVERTURNED);
        assertOutcome(OXYCODONE_KNEE + FUNCTION + MONITORED + "The physician plans to check CURES for multiple "
                + "pharmacies at the next visit. " + DENIED, OXYCODONE, "2016-03-04", DraftOutcome.OVERTURNED);
    }

    @Test
    void earlyRefillsDeniedAfterThePhraseAreNone() {
        assertOutcome(OXYCODONE_KNEE + FUNCTION + MONITORED + "Early refill requests have not occurred. " + DENIED,
                OXYCODONE, "2016-03-04", DraftOutcome.OVERTURNED);
        assertOutcome(OXYCODONE_KNEE + FUNCTION + MONITORED + "Early refills: none. " + DENIED, OXYCODONE, "2016-03-04",
                DraftOutcome.OVERTURNED);
        assertOutcome(OXYCODONE_KNEE + FUNCTION + MONITORED + "Aberrant behaviors: none. " + DENIED, OXYCODONE,
                "2016-03-04", DraftOutcome.OVERTURNED);
    }

    @Test
    void earlyRefillsYearsAgoWithAnotherPhysicianAreNotTheCurrentCourse() {
        assertOutcome(OXYCODONE_KNEE + FUNCTION + MONITORED + "He had a remote history of early refills with a prior "
                + "physician in 2012, none since. " + DENIED, OXYCODONE, "2016-03-04", DraftOutcome.OVERTURNED);
        assertOutcome(OXYCODONE_KNEE + FUNCTION + MONITORED + "He was given an early refill by the physician because he "
                + "was traveling out of state for a funeral. " + DENIED, OXYCODONE, "2016-03-04",
                DraftOutcome.OVERTURNED);
    }

    @Test
    void earlyRefillsHeAsksForNowStillUphold() {
        assertOutcome(OXYCODONE_KNEE + FUNCTION + MONITORED + "He has requested early refills twice this month. "
                + DENIED, OXYCODONE, "2016-03-04", DraftOutcome.UPHELD);
        assertOutcome(OXYCODONE_KNEE + FUNCTION + MONITORED + "On 02/10/2016 he called for an early refill, saying "
                + "he had none left. " + DENIED, OXYCODONE, "2016-03-04", DraftOutcome.UPHELD);
        assertOutcome(OXYCODONE_KNEE + FUNCTION + MONITORED + "He ran out early while traveling in February. " + DENIED,
                OXYCODONE, "2016-03-04", DraftOutcome.UPHELD);
        assertOutcome(OXYCODONE_KNEE + FUNCTION + MONITORED + "CURES showed prescriptions from multiple prescribers "
                + "in 01/2016. " + DENIED, OXYCODONE, "2016-03-04", DraftOutcome.UPHELD);
    }
}
