package org.openimr.determination;

import org.junit.jupiter.api.Test;

/**
 * The fourth review of the fifteenth round (equipment, diagnostic and operation readings, part 2): each reading that
 * drafted a false overturn or a false uphold, beside its guard, the near case that must still come out as before.
 * Synthetic records and requests written for this test (never a letter's text).
 */
class FourthReviewOfTheFifteenthRoundTest {

    private static Draft safe(String record, String request, String date) {
        return Drafts.assertSafe(record, request, date);
    }

    private static Draft overturned(String record, String request, String date) {
        return Drafts.assertOutcome(record, request, date, DraftOutcome.OVERTURNED);
    }

    // ------------------------------------------------------- 1. a condition ("that would warrant") plans no operation

    private static final String LUMBAR_MRI = "MRI lumbar spine";
    private static final String LUMBAR_DATE = "2016-03-09";
    private static final String ROOFER = "Visit of 03/01/2016: a 46 year old roofer, injured 08/05/2015, has lower back "
            + "pain that travels into the right foot. Physical therapy x 12 and NSAIDs over five months have not helped. "
            + "Examination: straight leg raise positive on the right at 40 degrees, diminished sensation in the right L5 "
            + "dermatome and 4/5 right EHL. ";
    private static final String MRI_PLAN = " Plan: lumbar MRI. UR non-certified the MRI on 03/09/2016.";

    @Test
    void aLesionThatWouldWarrantAnOperationDeniedPlansNone() {
        safe(ROOFER + "An orthopedic consultant saw him on 02/15/2016 and found no lesion that would warrant surgical "
                + "intervention; an ESI was advised." + MRI_PLAN, LUMBAR_MRI, LUMBAR_DATE);
    }

    @Test
    void nothingThatWouldJustifyAnOperationPlansNone() {
        safe(ROOFER + "An orthopedic consultant saw him on 02/15/2016 and noted nothing on exam that would justify "
                + "surgical intervention; an ESI was advised." + MRI_PLAN, LUMBAR_MRI, LUMBAR_DATE);
    }

    @Test
    void aConditionThatWouldWarrantAnOperationPlansNone() {
        safe(ROOFER + "An orthopedic consultant saw him on 02/15/2016 and said only a progressive deficit would "
                + "warrant surgical intervention; an ESI was advised." + MRI_PLAN, LUMBAR_MRI, LUMBAR_DATE);
    }

    @Test
    void guardAnOperationTheSurgeonWouldConsiderStillCounts() {
        overturned(ROOFER + "The orthopedic surgeon saw him on 02/15/2016; he would consider surgical intervention "
                + "once the level is imaged." + MRI_PLAN, LUMBAR_MRI, LUMBAR_DATE);
    }

    // ------------------------------------------------------------- 2. no benefit expected from an operation

    @Test
    void noBenefitFromAnOperationConsidersNone() {
        safe(ROOFER + "An orthopedic consultant reviewed his case on 02/15/2016 and documented no benefit from "
                + "surgical intervention at this time; an ESI was advised." + MRI_PLAN, LUMBAR_MRI, LUMBAR_DATE);
    }

    @Test
    void aPatientWhoExpectsNoBenefitFromSurgeryConsidersNone() {
        safe(ROOFER + "He expects no benefit from surgical intervention and refuses it." + MRI_PLAN, LUMBAR_MRI,
                LUMBAR_DATE);
    }

    @Test
    void guardNoBenefitFromCareStillFailsTheCare() {
        overturned("Visit of 03/01/2016: a 46 year old roofer, injured 08/05/2015, has lower back pain that travels "
                + "into the right foot. He had no benefit from physical therapy x 12 and NSAIDs over five months. "
                + "Examination: straight leg raise positive on the right at 40 degrees, diminished sensation in the "
                + "right L5 dermatome and 4/5 right EHL. He would consider surgical intervention." + MRI_PLAN,
                LUMBAR_MRI, LUMBAR_DATE);
    }

    // ------------------------------------------------- 3. a symptom that has not progressed is no stalled program

    private static final String SHOULDER_MRI = "MRI of the right shoulder";
    private static final String SHOULDER_DATE = "2016-03-10";
    private static final String CLERK = "Progress note 03/01/2016: a 45 year old filing clerk, injured 09/10/2015 lifting "
            + "boxes, has right shoulder pain. Eight sessions of PT from 10/2015 to 12/2015 and naproxen failed and the "
            + "pain persists. Examination: tender AC joint on the right, full range of motion, strength 5/5, negative "
            + "Neer and Hawkins signs. ";
    private static final String SHOULDER_PLAN = " Plan: MRI of the right shoulder. UR non-certified it on 03/10/2016, "
            + "citing a benign examination.";

    @Test
    void symptomsThatHaveNotProgressedAreNoStalledProgram() {
        safe(CLERK + "Her symptoms have not progressed since the last visit." + SHOULDER_PLAN, SHOULDER_MRI,
                SHOULDER_DATE);
    }

    @Test
    void numbnessThatHasNotProgressedIsNoStalledProgram() {
        safe(CLERK + "The numbness in her hand has not progressed." + SHOULDER_PLAN, SHOULDER_MRI, SHOULDER_DATE);
    }

    @Test
    void guardAStrengtheningProgramThatHasNotProgressedStillCounts() {
        overturned(CLERK + "She has not progressed in her strengthening program with PT." + SHOULDER_PLAN,
                SHOULDER_MRI, SHOULDER_DATE);
    }

    // ------------------------------------------------------- 4. a hedge of another finding leaves a deficit clear

    private static final String EMG = "EMG bilateral lower extremities";
    private static final String EMG_DATE = "2016-05-02";
    private static final String AIDE = "A 49 year old nurse's aide has had low back pain since an injury at work on "
            + "02/01/2016. Eight sessions of physical therapy changed little. On 04/25/2016 she described constant pain "
            + "down the left leg to the sole with numbness. ";
    private static final String EMG_PLAN = " Diagnosis: left S1 radiculopathy. EMG of both legs was requested and UR "
            + "denied it on 05/02/2016 because the radiculopathy is clinically obvious.";

    @Test
    void aHedgeOfTheDiagnosisLeavesTheDeficitClear() {
        safe(AIDE + "Examination: positive left straight leg raise at 30 degrees, absent left Achilles reflex and 4/5 "
                + "left plantar flexion. The findings suggest a possible L5-S1 HNP with decreased sensation in the left "
                + "S1 dermatome." + EMG_PLAN, EMG, EMG_DATE);
    }

    @Test
    void aHedgedDeficitBesideHardDeficitsOfItsSideLeavesTheExamClear() {
        safe(AIDE + "Examination: positive left straight leg raise at 30 degrees, absent left Achilles reflex, 4/5 left "
                + "plantar flexion and possibly decreased sensation in the left S1 dermatome." + EMG_PLAN, EMG,
                EMG_DATE);
    }

    @Test
    void guardAHedgedDeficitAloneStillMakesTheExamEquivocal() {
        overturned(AIDE + "Examination: positive left straight leg raise at 30 degrees, reflexes 2+ and symmetric, "
                + "strength 5/5, and possibly decreased sensation in the left S1 dermatome. Diagnosis: possible left S1 "
                + "radiculopathy. EMG of both legs was requested and UR denied it on 05/02/2016.", EMG, EMG_DATE);
    }

    // ------------------------------------------------------- 5. what a patient gave up, and what she does now

    private static final String MASSAGE = "Massage therapy x 6 sessions, cervical spine";
    private static final String MASSAGE_DATE = "2016-03-08";
    private static final String TYPIST = "Progress note 03/01/2016: a 39 year old typist, injured 05/10/2015, has chronic "
            + "myofascial pain of the neck and upper back. She completed 10 visits of PT in 2015. ";
    private static final String MASSAGE_PLAN = " Examination: trigger points of both trapezius muscles, neck motion "
            + "a little limited. Plan: massage therapy x 6 beside her home exercise. UR non-certified the massage on "
            + "03/08/2016.";

    @Test
    void aHabitGivenUpLeavesTheExerciseSheDoesNow() {
        overturned(TYPIST + "She gave up smoking and does her HEP daily." + MASSAGE_PLAN, MASSAGE, MASSAGE_DATE);
    }

    @Test
    void guardExerciseGivenUpIsStillNoExerciseNow() {
        safe(TYPIST + "She gave up her home exercises last fall." + MASSAGE_PLAN, MASSAGE, MASSAGE_DATE);
    }
}
