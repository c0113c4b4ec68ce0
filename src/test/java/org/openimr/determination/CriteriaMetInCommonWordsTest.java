package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;

import org.junit.jupiter.api.Test;

/**
 * Records that document what the guideline in force asks for, in the words treating physicians commonly write, are
 * overturned; the same record missing that one criterion is still upheld. Synthetic records and requests, written for
 * this test (never a letter's text).
 */
class CriteriaMetInCommonWordsTest {

    private static final String REQUEST_DATE = "2016-09-01";

    private static DraftOutcome outcome(String record, String request) {
        Draft d = draft(record, request, REQUEST_DATE, null);
        return d.outcome();
    }

    private static void assertOutcome(String record, String request, DraftOutcome expected) {
        Drafts.assertOutcome(record, request, REQUEST_DATE, expected);
    }

    // --------------------------------------------------------- "failed ... NSAIDs and muscle relaxants"

    private static final String TRIGGER_POINTS = "The patient is a 43-year-old female, DOI 07/07/2015, with myofascial "
            + "pain syndrome of the neck and upper back for more than 3 months. Exam shows circumscribed trigger points "
            + "in the bilateral trapezius with a twitch response and referred pain. There is no radiculopathy: "
            + "Spurling's test is negative, and sensation, strength and reflexes are normal. %s No prior trigger point "
            + "injections. The physician requests 3 trigger point injections with lidocaine, followed by home stretching.";

    @Test
    void drugClassesNamedInWordsCountAsTheirTrial() {
        assertOutcome(TRIGGER_POINTS.formatted("She failed physical therapy, stretching, NSAIDs and muscle relaxants."),
                "Trigger point injections x 3 with lidocaine, trapezius", DraftOutcome.OVERTURNED);
    }

    @Test
    void medicationNeverTriedIsStillMissing() {
        // TPI-3's list (stretching, PT, NSAIDs, muscle relaxants) is read as therapy and medication, not as a checklist
        assertOutcome(TRIGGER_POINTS.formatted("She failed physical therapy, stretching and NSAIDs. She has not tried "
                + "muscle relaxants."), "Trigger point injections x 3 with lidocaine, trapezius", DraftOutcome.OVERTURNED);
        assertOutcome(TRIGGER_POINTS.formatted("She failed physical therapy and stretching. She has not tried any "
                + "medication."), "Trigger point injections x 3 with lidocaine, trapezius", DraftOutcome.UPHELD);
    }

    @Test
    void anEpiduralAfterFailedTherapyAndMedicationNeedsNoMuscleRelaxantTrial() {
        String record = "A 48-year-old man injured his low back lifting on 02/10/2015. He has low back pain radiating "
                + "down the left leg to the foot. Exam: decreased sensation in the left L5 dermatome, positive straight "
                + "leg raise on the left. MRI of the lumbar spine showed a left L4-5 disc protrusion compressing the "
                + "L5 nerve root. He completed 12 sessions of physical therapy and took naproxen without relief.";
        assertOutcome(record, "Left L4-5 transforaminal epidural steroid injection", DraftOutcome.OVERTURNED);
        assertOutcome(record.replace(" and took naproxen without relief", " without relief; he has taken no "
                + "medication"), "Left L4-5 transforaminal epidural steroid injection", DraftOutcome.UPHELD);
    }

    // --------------------------------------------------------- the injury's date in its mechanism; treatment goals

    private static final String ACUTE_SHOULDER = "A 33-year-old male strained his right shoulder lifting a ladder on "
            + "07/20/2016. He reports pain with overhead reaching. Exam: painful arc, full passive range of motion, "
            + "strength 4/5 in abduction. X-rays were negative. He has had no physical therapy. Work status: modified "
            + "duty. The physician requests 6 physical therapy visits%s.";

    @Test
    void subacutePhysicalTherapyWithItsGoalsStated() {
        assertOutcome(ACUTE_SHOULDER.formatted(" to restore range of motion and strength"),
                "Physical therapy 6 visits right shoulder", DraftOutcome.OVERTURNED);
        assertOutcome(ACUTE_SHOULDER.formatted(" for instruction in a home exercise program"),
                "Physical therapy 6 visits right shoulder", DraftOutcome.OVERTURNED);
    }

    @Test
    void subacutePhysicalTherapyWithNoGoalIsUpheld() {
        assertOutcome(ACUTE_SHOULDER.formatted(""), "Physical therapy 6 visits right shoulder", DraftOutcome.UPHELD);
    }

    // --------------------------------------------------------- the surgeon asks for postsurgical therapy

    private static final String CARPAL_TUNNEL_RELEASE = "A 41-year-old female clerk, date of injury 04/01/2015, had "
            + "moderate right carpal tunnel syndrome on EMG/NCV. She underwent right open carpal tunnel release on "
            + "08/10/2016. Grip is 10 kg on the right. No postoperative therapy has been given. %s requests 4 visits "
            + "of occupational therapy.";

    @Test
    void theSurgeonRequestingTherapyIsTheSurgeonsPrescription() {
        assertOutcome(CARPAL_TUNNEL_RELEASE.formatted("The surgeon"),
                "Occupational therapy x 4 visits, right wrist", DraftOutcome.OVERTURNED);
    }

    @Test
    void anotherProviderRequestingTherapyIsNotTheSurgeonsPrescription() {
        assertThat(outcome(CARPAL_TUNNEL_RELEASE.formatted("The chiropractor"),
                "Occupational therapy x 4 visits, right wrist")).isNotEqualTo(DraftOutcome.OVERTURNED);
    }

    // --------------------------------------------------------- massage beside active care

    private static final String MYOFASCIAL_NECK = "This 44-year-old female, date of injury 12/12/2015, has chronic "
            + "neck pain and myofascial pain of the upper trapezius. Exam shows trapezius spasm. She takes naproxen. "
            + "She works full duty. %s";

    @Test
    void massageBesideAHomeExerciseProgram() {
        assertOutcome(MYOFASCIAL_NECK.formatted("She continues her home exercise program. The physician requests 4 "
                + "sessions of massage therapy as an adjunct to her exercise program."),
                "Massage therapy x 4 sessions", DraftOutcome.OVERTURNED);
    }

    @Test
    void massageAloneIsUpheld() {
        assertOutcome(MYOFASCIAL_NECK.formatted("The physician requests 4 sessions of massage therapy."),
                "Massage therapy x 4 sessions", DraftOutcome.UPHELD);
    }

    // --------------------------------------------------------- acupuncture while medication is reduced

    private static final String ACUPUNCTURE = "The patient is a 50-year-old male, date of injury 08/08/2014, with "
            + "chronic low back pain 6/10. Exam shows lumbar tenderness. He takes ibuprofen 800 mg. %s The provider "
            + "requests 6 acupuncture visits.";

    @Test
    void acupunctureWhilePainMedicationIsReduced() {
        assertOutcome(ACUPUNCTURE.formatted("He has reduced his use of ibuprofen from three to one tablet daily."),
                "Acupuncture x 6", DraftOutcome.OVERTURNED);
    }

    @Test
    void acupunctureWithNeitherLessMedicationNorRehabilitationIsUpheld() {
        assertOutcome(ACUPUNCTURE.formatted("He takes it three times a day."), "Acupuncture x 6", DraftOutcome.UPHELD);
    }

    // --------------------------------------------------------- TENS purchase after a successful trial

    private static final String TENS = "This 53-year-old woman, date of injury 02/02/2014, has chronic lumbar "
            + "radiculopathy pain with failure of medications and PT. %s She continues a home exercise program. The "
            + "physician requests purchase of the TENS unit.";

    @Test
    void aTensTrialThatLessenedPainAndLetHerWalkLongerSupportsThePurchase() {
        assertOutcome(TENS.formatted("The 30-day TENS trial in July 2016 was successful: her pain decreased from 7/10 "
                + "to 4/10, and she can now walk 20 minutes longer."), "Purchase of TENS unit", DraftOutcome.OVERTURNED);
    }

    @Test
    void aTensTrialWithoutReliefDoesNotSupportThePurchase() {
        assertOutcome(TENS.formatted("She completed a 30-day TENS trial in July 2016 without relief."),
                "Purchase of TENS unit", DraftOutcome.UPHELD);
    }

    private static final String TENS_TRIAL_IN_ONE_SENTENCE = "A 47-year-old woman has chronic low back pain since a "
            + "lifting injury at work on 01/10/2014. She completed PT and takes naproxen. She completed a one-month home "
            + "TENS trial in 08/2016, using it daily, with %s. Purchase of a TENS unit is requested as an adjunct to her "
            + "home exercise program.";

    @Test
    void aTrialReportedWithItsResultsInOneSentenceSupportsThePurchase() {
        assertOutcome(TENS_TRIAL_IN_ONE_SENTENCE.formatted("pain decreasing from 7/10 to 4/10 and walking tolerance "
                + "increased from 15 to 40 minutes"), "TENS unit purchase", DraftOutcome.OVERTURNED);
        assertOutcome(TENS_TRIAL_IN_ONE_SENTENCE.formatted("pain unchanged at 7/10 and no change in walking tolerance"),
                "TENS unit purchase", DraftOutcome.UPHELD);
    }

    // --------------------------------------------------------- H-wave for chronic soft tissue inflammation

    private static final String H_WAVE = "The patient is a 48-year-old male, date of injury 01/20/2014, with %s. He "
            + "has failed physical therapy and medications including NSAIDs, and a 30-day TENS trial without relief. He "
            + "continues a home exercise program. The provider requests a one-month home-based H-wave trial as an "
            + "adjunct to his functional restoration approach.";

    @Test
    void hWaveForChronicSoftTissueInflammation() {
        assertOutcome(H_WAVE.formatted("chronic soft tissue inflammation of the low back"), "H-wave unit 30-day home trial",
                DraftOutcome.OVERTURNED);
    }

    @Test
    void hWaveForAnotherDiagnosisIsUpheld() {
        assertOutcome(H_WAVE.formatted("lumbar degenerative disc disease"), "H-wave unit 30-day home trial",
                DraftOutcome.UPHELD);
    }

    // --------------------------------------------------------- medial branch blocks for non-radicular pain

    private static final String FACET_PAIN = "A 55-year-old man, date of injury 04/12/2014, has %s. Exam: "
            + "paravertebral tenderness over the L4-S1 facets, pain with lumbar extension and rotation. MRI shows facet "
            + "arthropathy at L4-5 and L5-S1. He failed 4 weeks of physical therapy, NSAIDs and home exercise. He has "
            + "had no prior lumbar surgery. The physician requests diagnostic bilateral medial branch blocks.";

    @Test
    void medialBranchBlocksForPainTheRecordCallsNonRadicular() {
        assertOutcome(FACET_PAIN.formatted("non-radicular low back pain"),
                "Bilateral L4-5 and L5-S1 medial branch blocks", DraftOutcome.OVERTURNED);
        assertOutcome(FACET_PAIN.formatted("axial low back pain with no radicular findings"),
                "Bilateral L4-5 and L5-S1 medial branch blocks", DraftOutcome.OVERTURNED);
    }

    @Test
    void medialBranchBlocksWithRadicularFindingsAreUpheld() {
        assertOutcome(FACET_PAIN.formatted("low back pain with radicular findings in the left leg"),
                "Bilateral L4-5 and L5-S1 medial branch blocks", DraftOutcome.UPHELD);
    }

    // --------------------------------------------------------- a functional restoration program after care has failed

    private static final String PROGRAM = "The patient is a 45-year-old male with chronic low back pain since an injury "
            + "on 02/20/2013. %s A multidisciplinary evaluation on 07/20/2016 found significant loss of function: he "
            + "cannot sit more than 20 minutes and has been off work for 2 years. He is motivated to change and willing "
            + "to forgo secondary gains to return to work. Negative predictors were addressed. Baseline "
            + "functional testing was done. The physician requests a functional restoration program.";

    @Test
    void aProgramWhenSeveralMethodsFailedAndSurgeryIsNoOption() {
        assertOutcome(PROGRAM.formatted("He has failed physical therapy, chiropractic, acupuncture, two ESIs and "
                + "medications. He is not a surgical candidate per the spine surgeon."),
                "Functional restoration program x 10 days", DraftOutcome.OVERTURNED);
    }

    @Test
    void aProgramWithOneMethodTriedIsUpheld() {
        assertOutcome(PROGRAM.formatted("He has failed physical therapy."),
                "Functional restoration program x 10 days", DraftOutcome.UPHELD);
    }

    // --------------------------------------------------------- an ESI in a summary's abbreviations

    private static final String RADICULOPATHY = "Pt is a 51 y/o M, DOI 3/3/2014, c/o LBP radiating to the L leg to the "
            + "foot. PE: positive SLR on the left at 40 degrees, diminished sensation in the L5 dermatome, EHL weakness "
            + "4/5. MRI 1/12/2016: L4-5 disc herniation with L5 nerve root compression. Treatment to date: 12 PT "
            + "visits, HEP, naproxen and Flexeril, %s. No prior ESIs. Plan: L4-5 interlaminar ESI under fluoroscopy.";

    @Test
    void anEpiduralInjectionAfterCareNoneOfWhichHelped() {
        assertOutcome(RADICULOPATHY.formatted("none of which have helped"), "L4-5 interlaminar ESI under fluoroscopy",
                DraftOutcome.OVERTURNED);
    }

    @Test
    void anEpiduralInjectionWhileCareIsHelpingIsUpheld() {
        assertOutcome(RADICULOPATHY.formatted("which have helped"), "L4-5 interlaminar ESI under fluoroscopy",
                DraftOutcome.UPHELD);
    }
}
