package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.assertOutcome;

import org.junit.jupiter.api.Test;

/**
 * Therapy given for one part of the body does not use up the visits the guideline allows for another: sessions the
 * record ties to the low back are not counted against a first course for the shoulder. Sessions it ties to no part,
 * or to the part requested among others, still count. Synthetic records written for this test.
 */
class SessionsForAnotherRegionTest {

    private static final String DATE = "2016-08-25";
    private static final String SHOULDER_NOW = " Progress report of 8/10/2016: she now reports right shoulder pain 6/10 "
            + "with reaching overhead. Exam of the right shoulder: flexion 140 degrees, positive Neer sign, strength 4/5. "
            + "Diagnosis: right shoulder impingement syndrome. Plan: physical therapy for the right shoulder 2 times a "
            + "week for 3 weeks.";
    private static final String INJURY = "The injured worker is a 50-year-old female who injured her low back and right "
            + "shoulder lifting boxes at work on 3/4/2014.";
    private static final String SHOULDER_PT = "Physical therapy 2x3 right shoulder";

    @Test
    void sessionsForTheLowBackLeaveTheShoulderItsOwnVisits() {
        String record = INJURY + " She completed 24 sessions of physical therapy for the low back in 2014 and 2015 with "
                + "temporary benefit." + SHOULDER_NOW;
        Draft d = assertOutcome(record, SHOULDER_PT, DATE, DraftOutcome.OVERTURNED);
        assertThat(d.rationale()).contains("physical therapy given for another part of the body, not counted against "
                + "this request (\"24 sessions of physical therapy\")");
        // the same sessions are the low back's own: a further low back course exceeds the guideline
        assertOutcome(record, "Physical therapy 2x3 lumbar spine", DATE, DraftOutcome.UPHELD);
    }

    @Test
    void partNamedBeforeTheTherapyCountsToo() {
        for (String given : new String[] {"24 sessions of lumbar physical therapy", "24 sessions of low back PT",
                "24 lumbar PT sessions"}) {
            String record = INJURY + " She completed " + given + " in 2014." + SHOULDER_NOW;
            assertOutcome(record, SHOULDER_PT, DATE, DraftOutcome.OVERTURNED);
            // the count is read with the part between it and the therapy: the low back has had its visits
            Draft lumbar = assertOutcome(record, "Physical therapy 2x3 lumbar spine", DATE, DraftOutcome.UPHELD);
            assertThat(lumbar.rationale()).contains("24 sessions of physical medicine already given");
        }
    }

    @Test
    void sessionsForTheShoulderAmongOtherPartsStillCount() {
        assertOutcome(INJURY + " She completed 24 sessions of physical therapy for the low back and right shoulder in "
                + "2014 and 2015." + SHOULDER_NOW, SHOULDER_PT, DATE, DraftOutcome.UPHELD);
    }

    @Test
    void sessionsNamingNoPartStillCount() {
        assertOutcome(INJURY + " She completed 24 sessions of physical therapy in 2014 and 2015 with temporary "
                + "benefit." + SHOULDER_NOW, SHOULDER_PT, DATE, DraftOutcome.UPHELD);
    }

    // ------------------------------------------------------------------ care tried first, before an operation

    private static final String SHOULDER_SURGERY_NOW = " Progress report of 8/10/2016: right shoulder pain 6/10 for the "
            + "past 8 months with reaching overhead. Exam: positive Neer and Hawkins signs. She takes ibuprofen. The "
            + "surgeon recommends a right shoulder arthroscopic subacromial decompression.";
    private static final String DECOMPRESSION = "Right shoulder arthroscopic subacromial decompression";

    @Test
    void therapyOfTheShoulderIsTheCareTriedBeforeItsOperation() {
        Draft d = assertOutcome(INJURY + " She completed 24 sessions of physical therapy for the low back and right "
                + "shoulder in 2014 and 2015." + SHOULDER_SURGERY_NOW, DECOMPRESSION, DATE, DraftOutcome.OVERTURNED);
        assertThat(d.rationale()).contains("the treatment has included 24 sessions of physical therapy");
    }

    @Test
    void therapyAndAnInjectionOfTheLowBackAreNoCareOfTheShoulder() {
        Draft d = assertOutcome(INJURY + " She completed 24 sessions of physical therapy for the low back in 2014 and "
                + "2015. A lumbar epidural steroid injection did not help." + SHOULDER_SURGERY_NOW, DECOMPRESSION, DATE,
                DraftOutcome.UPHELD);
        assertThat(d.rationale()).contains("The record does not document that conservative care (including exercise) "
                + "for at least 3 months was tried and failed");
    }

    @Test
    void acupunctureIsNoExerciseProgram() {
        Draft d = assertOutcome(INJURY + " She completed 12 sessions of acupuncture for the right shoulder in 2015."
                + SHOULDER_SURGERY_NOW, DECOMPRESSION, DATE, DraftOutcome.UPHELD);
        assertThat(Drafts.missing(d)).contains("documentation of a trial of exercise before this request");
    }
}
