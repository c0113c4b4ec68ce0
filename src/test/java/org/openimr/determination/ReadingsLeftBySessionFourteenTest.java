package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.assertOverturned;
import static org.openimr.determination.Drafts.assertSafe;
import static org.openimr.determination.Drafts.explain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Readings session 14's helpers left (s14-left2), most harmful first, each beside its guard: a near miss that stays
 * UPHELD or REFER, never a false OVERTURNED. Synthetic records written for OpenIMR, never a letter's text.
 */
class ReadingsLeftBySessionFourteenTest {

    // ------------------------------------------------------------- 1. a certification's date is not the operation's

    @Nested
    class ACertificationsDate {

        static final String DATE = "2016-05-02";
        static final String INJURY = "2015-06-15";
        static final String PT = "Physical therapy x 12 for the right shoulder";

        static String record(String operation) {
            return "52 y/o F cashier, DOI 06/15/2015, R shoulder impingement after an injection. " + operation
                    + " 04/25/2016: R shoulder stiff and weak, flexion 120 degrees. The surgeon requests PT x 12.";
        }

        /**
         * "UR certified the arthroscopy on 03/15/2016" dates the approval: the record does not show the operation done,
         * so no postsurgical period (PSTG) governs a course of PT the request does not word as post-operative.
         */
        @Test
        void anOperationCertifiedOnADateIsNotDoneThatDay() {
            Draft d = assertSafe(record("UR certified the R shoulder arthroscopy with SAD on 03/15/2016."), PT, DATE,
                    INJURY);
            assertThat(d.trace().phase()).as(explain(d)).doesNotContain("postsurgical");
        }

        @Test
        void anOperationsCertificationAsANounIsNoDateOfTheOperation() {
            Draft d = assertSafe(record("Certification of the R shoulder arthroscopy with SAD on 03/15/2016."), PT,
                    DATE, INJURY);
            assertThat(d.trace().phase()).as(explain(d)).doesNotContain("postsurgical");
        }

        /** Guard: an operation the record says she underwent on a date is done that day (PSTG course). */
        @Test
        void guardAnOperationUndergoneOnADateIsStillDone() {
            Draft d = assertOverturned(record("She underwent R shoulder arthroscopy with SAD on 03/15/2016."), PT, DATE,
                    INJURY);
            assertThat(d.trace().phase()).contains("shoulder arthroscopy of 2016-03-15");
        }

        /** Guard (s13): approved and performed on a date is done that day. */
        @Test
        void guardAnOperationApprovedAndPerformedOnADateIsStillDone() {
            Draft d = assertOverturned(record("The R shoulder arthroscopy with SAD was approved and performed on "
                    + "03/15/2016."), PT, DATE, INJURY);
            assertThat(d.trace().phase()).contains("shoulder arthroscopy of 2016-03-15");
        }
    }

    // ------------------------------------------- 2 and 4. the statement of a stalled program, and the patient in it

    @Nested
    class TheSubjectOfAStalledProgram {

        static final String MRI = "MRI of the right shoulder";
        static final String DATE = "2016-03-10";
        static final String CLERK = "Progress note 03/01/2016: a 51 year old warehouse clerk, hurt 09/14/2015 "
                + "reaching overhead, has right shoulder pain. Naproxen for four months has not helped. Examination: "
                + "tender AC joint on the right, full range of motion, strength 5/5, negative Neer and Hawkins signs. "
                + "She did PT x 8 from 12/2015 to 02/2016. ";
        static final String PLAN = " Plan: MRI of the right shoulder. UR non-certified it on 03/10/2016, citing a "
                + "benign examination.";

        /** A symptom, not the patient, is the subject before "and has not progressed": no program stalled. */
        @Test
        void aSymptomAsTheSubjectBeforeTheConjunctionIsNoStalledProgram() {
            assertSafe(CLERK + "Her numbness was unchanged with PT and has not progressed." + PLAN, MRI, DATE);
            assertSafe(CLERK + "The tingling stayed the same through PT but has not progressed." + PLAN, MRI, DATE);
        }

        /** The patient named again after "however": the statement's program has stalled. */
        @Test
        void thePatientAsSubjectAfterHoweverIsAStalledProgram() {
            assertOverturned(CLERK + "She has done PT x 12, however she has plateaued." + PLAN, MRI, DATE, null);
        }

        @Test
        void noSubjectAfterHoweverIsAStalledProgram() {
            assertOverturned(CLERK + "She did PT, however has not progressed." + PLAN, MRI, DATE, null);
        }

        /** Guards (StalledProgramClauseTest): another subject after the conjunction, or a verb with its own object. */
        @Test
        void guardAnotherSubjectAfterTheConjunctionIsStillCut() {
            assertSafe(CLERK + "She did PT, however her numbness has not progressed." + PLAN, MRI, DATE);
            assertSafe(CLERK + "She did PT and has numbness that has not progressed." + PLAN, MRI, DATE);
            assertSafe(CLERK + "She did PT x 8 but her numbness has plateaued." + PLAN, MRI, DATE);
        }

        /** Guard: the patient before, no subject after, still counts (s14-clause2). */
        @Test
        void guardThePatientBeforeAndNoSubjectAfterIsStillAStalledProgram() {
            assertOverturned(CLERK + "She completed PT x 12 and has not progressed." + PLAN, MRI, DATE, null);
        }
    }
}
