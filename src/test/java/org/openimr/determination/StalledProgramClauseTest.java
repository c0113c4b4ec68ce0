package org.openimr.determination;

import org.junit.jupiter.api.Test;

/**
 * A stalled strengthening program (failure_to_progress_in_strengthening_program, MTUS Shoulder Complaints 2004,
 * Special Studies) is read only where the words "has not progressed" stand in one statement with the program: a
 * symptom that has not progressed, in a statement joined by "and" or "but" to one naming PT, is no program's progress.
 * Synthetic records written for this test (never a letter's text).
 */
class StalledProgramClauseTest {

    private static final String MRI = "MRI of the right shoulder";
    private static final String DATE = "2016-03-10";
    private static final String CLERK = "Progress note 03/01/2016: a 51 year old warehouse clerk, hurt 09/14/2015 "
            + "reaching overhead, has right shoulder pain. Naproxen for four months has not helped. Examination: "
            + "tender AC joint on the right, full range of motion, strength 5/5, negative Neer and Hawkins signs. ";
    private static final String PLAN = " Plan: MRI of the right shoulder. UR non-certified it on 03/10/2016, citing a "
            + "benign examination.";

    private static Draft safe(String sentence) {
        return Drafts.assertSafe(CLERK + sentence + PLAN, MRI, DATE);
    }

    private static Draft overturned(String sentence) {
        return Drafts.assertOutcome(CLERK + sentence + PLAN, MRI, DATE, DraftOutcome.OVERTURNED);
    }

    @Test
    void aSymptomThatHasNotProgressedBesidePtIsNoStalledProgram() {
        safe("She attended PT x 6 and her numbness has not progressed.");
    }

    @Test
    void aSymptomThatHasNotProgressedAfterButIsNoStalledProgram() {
        safe("She completed PT x 6 but the tingling in her fingers has not progressed.");
    }

    @Test
    void guardPtThatHasNotProgressedHerIsAStalledProgram() {
        overturned("She attended PT x 6. PT has not progressed her.");
    }

    @Test
    void guardSheHasNotProgressedWithPtIsAStalledProgram() {
        overturned("She attended PT x 6. She has not progressed with PT.");
    }

    @Test
    void guardAProgramSetOffByACommaIsStillTheStatementsProgram() {
        overturned("Despite six sessions of PT, she has not progressed.");
    }

    @Test
    void aProgramBeforeButWithNoSubjectAfterIsTheStatementsProgram() {
        overturned("She did PT x 8 but has not progressed.");
    }

    @Test
    void aProgramBeforeAndWithNoSubjectAfterIsTheStatementsProgram() {
        overturned("She completed PT x 12 and has not progressed.");
    }

    @Test
    void guardAVerbWithItsOwnObjectAfterAndIsNoStalledProgram() {
        safe("She attended PT x 6 and has numbness that has not progressed.");
    }

    @Test
    void guardAStatementWithItsOwnSubjectAfterButIsStillCut() {
        safe("She did PT but her numbness has not progressed.");
    }
}
