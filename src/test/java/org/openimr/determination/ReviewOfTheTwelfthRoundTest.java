package org.openimr.determination;

import static org.openimr.determination.Drafts.assertOutcome;

import org.junit.jupiter.api.Test;

/**
 * False overturns a read-only review found in the twelfth round's readings, each beside the record that is still
 * overturned. Synthetic records written for this test (never a letter's text).
 */
class ReviewOfTheTwelfthRoundTest {

    private static final String DATE = "2016-08-25";

    // ------------------------------------------------------------------ sessions of another part: only when no part
    // requested is named in their sentence

    private static final String NECK_AND_SHOULDER = "The injured worker is a 50-year-old female who injured her neck "
            + "and right shoulder lifting boxes at work on 3/4/2014. ";
    private static final String SHOULDER_NOW = " Progress report of 8/10/2016: right shoulder pain 6/10 with reaching "
            + "overhead, positive Neer sign. Plan: physical therapy for the right shoulder 2 times a week for 3 weeks.";
    private static final String SHOULDER_PT = "Physical therapy 2x3 right shoulder";

    @Test
    void sessionsWhoseSentenceNamesTheShoulderAreTheShouldersToo() {
        for (String given : new String[] {
                "She completed 24 sessions of physical therapy for neck pain and right shoulder pain in 2014.",
                "She completed 24 sessions of physical therapy for the neck as well as the right shoulder.",
                "Shoulder and neck PT x 24 sessions were completed in 2014.",
                "She completed 24 sessions of physical therapy for the neck; the shoulder was also treated then."}) {
            assertOutcome(NECK_AND_SHOULDER + given + SHOULDER_NOW, SHOULDER_PT, DATE, DraftOutcome.UPHELD);
        }
        assertOutcome(NECK_AND_SHOULDER + "She completed 24 sessions of physical therapy for the neck in 2014."
                + SHOULDER_NOW, SHOULDER_PT, DATE, DraftOutcome.OVERTURNED);
    }

    @Test
    void sessionsCompletedInTheCountAreGivenEvenInAUtilizationReviewSentence() {
        assertOutcome(NECK_AND_SHOULDER + "After 24 completed sessions of physical therapy, further therapy was "
                + "non-certified." + SHOULDER_NOW, SHOULDER_PT, DATE, DraftOutcome.UPHELD);
        assertOutcome(NECK_AND_SHOULDER + "After 24 completed sessions of physical therapy, further therapy was denied "
                + "by utilization review." + SHOULDER_NOW, SHOULDER_PT, DATE, DraftOutcome.UPHELD);
        // sessions the record says were not given are no earlier course
        assertOutcome(NECK_AND_SHOULDER + "She has not had 24 completed sessions of physical therapy; she attended none."
                + SHOULDER_NOW, SHOULDER_PT, DATE, DraftOutcome.OVERTURNED);
    }

    // ------------------------------------------------------------------ sessions before the operation: only when
    // their own clause says so

    private static final String CUFF = "The injured worker is a 45-year-old male who injured his right shoulder at work "
            + "on 3/4/2015. ";
    private static final String CUFF_NOW = " Progress report of 8/10/2016: he can now lift a gallon of milk and dress "
            + "himself without help. The operating surgeon prescribes additional physical therapy 2 times a week for 6 "
            + "weeks for strengthening.";
    private static final String REPAIR = "He underwent right shoulder arthroscopic rotator cuff repair on 04/01/2016.";
    private static final String CUFF_PT = "Physical therapy 2x6 right shoulder";

    @Test
    void postOperativeSessionsCountWhateverElseTheirSentenceSays() {
        assertOutcome(CUFF + REPAIR + " He has completed 36 sessions of physical therapy after surgery, and prior to "
                + "surgery he had a cortisone injection." + CUFF_NOW, CUFF_PT, DATE, DraftOutcome.UPHELD);
        assertOutcome(CUFF + REPAIR + " After 36 sessions of physical therapy he is near his pre-operative level of "
                + "function." + CUFF_NOW, CUFF_PT, DATE, DraftOutcome.UPHELD);
        // told before the operation is named, with nothing placing them before it: they count (the safe side)
        assertOutcome(CUFF + "He has completed 36 sessions of physical therapy to date. He is status post right "
                + "shoulder arthroscopic rotator cuff repair on 04/01/2016." + CUFF_NOW, CUFF_PT, DATE,
                DraftOutcome.UPHELD);
        // sessions the clause places before the operation are not the postsurgical course's
        assertOutcome(CUFF + "He completed 36 sessions of physical therapy before the surgery. " + REPAIR + CUFF_NOW,
                CUFF_PT, DATE, DraftOutcome.OVERTURNED);
    }

    @Test
    void aWordPlacingSessionsInTimeBelongsToTheCountNearestIt() {
        for (String given : new String[] {
                " He attended 6 sessions of physical therapy prior to surgery and 36 sessions of physical therapy since.",
                " Following 6 pre-operative sessions he has completed 36 sessions of physical therapy for the shoulder.",
                " He had 6 sessions of physical therapy pre-operatively and has had 36 sessions of physical therapy to "
                        + "date."}) {
            assertOutcome(CUFF + REPAIR + given + CUFF_NOW, CUFF_PT, DATE, DraftOutcome.UPHELD);
        }
    }

    // ------------------------------------------------------------------ the Ottawa findings are the ankle's own

    @Test
    void anOldInabilityToBearWeightOrAPlaceNamedIsNoOttawaFinding() {
        String now = "He inverted his right ankle at work on 8/26/2016. Exam: tenderness over the ATFL only; the malleoli "
                + "are not tender. ";
        assertOutcome(now + "He had been unable to bear weight for a week in 2014 after a low back injury.",
                "X-rays of the right ankle", "2016-09-01", DraftOutcome.UPHELD);
        assertOutcome(now + "Prior films showed an old avulsion at the base of the 5th metatarsal.",
                "X-rays of the right ankle", "2016-09-01", DraftOutcome.UPHELD);
        assertOutcome(now.replace("tenderness over the ATFL only; the malleoli are not tender", "tenderness at the tip of "
                + "the lateral malleolus"), "X-rays of the right ankle", "2016-09-01", DraftOutcome.OVERTURNED);
    }

    // ------------------------------------------------------------------ "the unit" is the TENS unit named just before

    private static final String BACK = "48 y/o F, chronic low back pain since a lifting injury at work on 3/4/2014. "
            + "Failed PT, NSAIDs. Continues home exercise program. ";
    private static final String USED_THE_UNIT = " She used the unit twice a day; her pain decreased from 7/10 to 4/10 "
            + "and walking tolerance increased.";

    @Test
    void theUnitAfterAnotherDeviceOrAFailedTrialIsNotTheTensUnit() {
        String tens = "TENS unit purchase for the low back";
        assertOutcome(BACK + "A one-month home TENS trial was completed in July 2016 without benefit. She then tried an "
                + "H-wave device at home." + USED_THE_UNIT, tens, "2016-09-01", DraftOutcome.UPHELD);
        assertOutcome(BACK + "A one-month home TENS trial was completed in July 2016. She also uses a home cold therapy "
                + "machine." + USED_THE_UNIT, tens, "2016-09-01", DraftOutcome.UPHELD);
        assertOutcome(BACK + "A one-month home TENS trial was completed in July 2016." + USED_THE_UNIT, tens,
                "2016-09-01", DraftOutcome.OVERTURNED);
    }
}
