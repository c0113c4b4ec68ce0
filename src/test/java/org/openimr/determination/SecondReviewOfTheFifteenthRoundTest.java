package org.openimr.determination;

import static org.openimr.determination.Drafts.assertOverturned;
import static org.openimr.determination.Drafts.assertSafe;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * False overturns a review of the fifteenth round found in the readings of acupuncture's and massage's criteria
 * (part 2, docs/engine-evaluation.md s13-fixb): pain medication "reduced or not tolerated" credited from words said of
 * something else (the pain, a drug's reason, a relative), physical therapy credited where it is of another part, names
 * the therapist or was declined, and a home exercise program credited as under way where a plan only starts it, it is
 * still to be taught, or it was stopped. Each must now be UPHELD or REFER; beside each, the reading the fix must keep.
 * Synthetic records, written for OpenIMR.
 */
class SecondReviewOfTheFifteenthRoundTest {

    // ------------------------------------------------------------------ AC-1: pain medication reduced or not tolerated

    /** Chronic low back pain, no PT, no exercise; the medication sentence in %s. */
    private static final String ACU = "This 55 y/o F housekeeper hurt her low back moving a mattress on 4/6/2015. Dx: "
            + "lumbar strain, chronic low back pain. She has had no acupuncture and is not in PT. %s Exam 9/8/16: "
            + "lumbar paraspinal tenderness, flexion 45 deg, neuro intact. The PTP requested acupuncture x 6 for the "
            + "lumbar spine. UR 9/20/16 non-certified the request.";
    private static final String ACU_REQUEST = "Acupuncture 6 sessions lumbar spine";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // the pain was reduced, not the drug
            "Medications: Norco 10/325 mg bid, with which her pain was reduced from 8/10 to 4/10.",
            // the reason a drug is taken, not the reason it was stopped
            "Medications: naproxen 550 mg bid and meclizine 25 mg prn due to dizziness since a fall in 2013.",
            "Current medications: tramadol 50 mg bid, Colace due to constipation.",
            // a relative's drug
            "She takes naproxen with good effect. Family history: her father had to stop NSAIDs due to gastritis."})
    void painMedicationIsReducedOrNotToleratedOnlyWhereTheWordsAreSaidOfTheDrug(String medication) {
        assertSafe(ACU.formatted(medication), ACU_REQUEST, "2016-09-20");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Naproxen was stopped due to gastritis.", "Tramadol was reduced to once a day.",
            "She stopped ibuprofen due to GI upset.", "Tramadol 50 mg bid is being tapered."})
    void aDrugStoppedForItsSideEffectOrReducedStillCounts(String medication) {
        assertOverturned(ACU.formatted(medication), ACU_REQUEST, "2016-09-20", null);
    }

    // ------------------------------------------------------------------ PT beside massage and acupuncture

    /** Low back myofascial pain, a right knee sprain too; the therapy sentence in %s; the request in the next %s. */
    private static final String BACK = "This 39 y/o F stocker strained her low back on 3/3/2015 and later sprained her "
            + "right knee. Dx: lumbar myofascial pain; R knee sprain. %s 9/12/16: lumbar paraspinal trigger points and "
            + "spasm. The PTP requested %s for the low back. UR 9/19/16 non-certified it.";
    private static final String MASSAGE = "Massage therapy x 4 low back";
    private static final String ACUPUNCTURE = "Acupuncture x 6 low back";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // PT of another part
            "She does no exercise for her back. She is in PT 2x/wk for the right knee.",
            "She has had no PT for her back and does no exercise for it. She continues PT for the right knee.",
            // the therapist, not therapy under way
            "Per the attending PT's discharge note of 03/01/2016, she completed 12 visits for the low back; she has "
                    + "since stopped exercising.",
            // PT declined
            "She does no exercise. Ongoing PT was recommended but she declined it."})
    void therapyOfAnotherPartOfTheTherapistOrDeclinedIsNoneBesideTheTreatment(String therapy) {
        assertSafe(BACK.formatted(therapy, "massage therapy x 4"), MASSAGE, "2016-09-19");
        assertSafe(BACK.formatted(therapy, "acupuncture x 6"), ACUPUNCTURE, "2016-09-19");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"She is in PT 2x/wk for the low back.", "She continues PT for her low back.",
            "She is attending PT twice a week."})
    void therapyOfTheLowBackUnderWayStillCounts(String therapy) {
        assertOverturned(BACK.formatted(therapy, "massage therapy x 4"), MASSAGE, "2016-09-19", null);
        assertOverturned(BACK.formatted(therapy, "acupuncture x 6"), ACUPUNCTURE, "2016-09-19", null);
    }

    // ------------------------------------------------------------------ MS-1: exercise under way

    /** Low back myofascial pain; the exercise sentence in %s; massage asked for. */
    private static final String EXERCISE = "This 39 y/o F stocker strained her low back on 3/3/2015. Dx: lumbar "
            + "myofascial pain. %s 9/12/16: paraspinal trigger points and spasm. The PTP requested massage therapy x 4. "
            + "UR 9/19/16 non-certified the massage.";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // "continue" goes on with the drug; the program is only started
            "She does no home exercises and is not in PT. Plan: continue naproxen and start a HEP.",
            // still to be taught
            "She is not in PT and does no exercise. Plan: Continued Motrin 800 mg bid; HEP to be taught at the next "
                    + "visit.",
            // stopped
            "She completed 12 PT visits in 2015 and was discharged with a HEP, which she stopped in early 2016."})
    void exerciseOnlyStartedToBeTaughtOrStoppedIsNoneUnderWay(String exercise) {
        assertSafe(EXERCISE.formatted(exercise), MASSAGE, "2016-09-19");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"She is not in PT. Plan: continue naproxen and HEP.", "She is not in PT. Plan: continue "
            + "her HEP.", "She is not in PT. She does a HEP, which helps her."})
    void exerciseContinuedOrDoneStillCounts(String exercise) {
        assertOverturned(EXERCISE.formatted(exercise), MASSAGE, "2016-09-19", null);
    }
}
