package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.assertOverturned;
import static org.openimr.determination.Drafts.assertSafe;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Operations that had no rule (REFER whatever the record said) and surgery readings session 13 left on the safe side
 * (s14-ops). Each fix beside its guard: a near miss that stays UPHELD or REFER, never a false OVERTURNED. Synthetic
 * records in the abbreviated style of UR summaries, written for OpenIMR.
 */
class OperationsLeftBySessionThirteenTest {

    private static final String DATE = "2016-05-02";
    private static final String INJURY = "2015-06-15";

    private static boolean judgedBy(Draft d, String id) {
        return d.trace().recommendations().stream().anyMatch(r -> r.id().equals(id));
    }

    // ------------------------------------------------------------------------------- 1. operations without rules

    @Nested
    class OperationsThatHadNoRule {

        static final String ACL_KNEE = "34 y/o M forklift driver, DOI 06/15/2015, twisted the L knee. 07/2015: L knee "
                + "gives way on turning. Exam: +Lachman, +pivot shift on the L. MRI L knee 08/05/2015: complete ACL tear, "
                + "menisci intact. PT x 12 with HEP and a hinged brace through 12/2015, still buckling on stairs.";

        @Test
        void anAclReconstructionWithInstabilityLaxityAndATearIsOverturned() {
            Draft d = assertOverturned(ACL_KNEE, "L knee arthroscopic ACL reconstruction", DATE, INJURY);
            assertThat(judgedBy(d, "acoem-2004-knee.acl-reconstruction")).as(explain(d)).isTrue();
        }

        /** Guard: a torn ACL that does not give way (pain only, negative Lachman) is no reason to operate. */
        @Test
        void anAclTearWithoutInstabilityIsNotOverturned() {
            assertSafe("34 y/o M forklift driver, DOI 06/15/2015, L knee pain. Denies giving way. Exam: Lachman "
                    + "negative, no pivot shift. MRI L knee 08/05/2015: partial ACL tear. PT x 12 with HEP did not help "
                    + "the pain.", "L knee arthroscopic ACL reconstruction", DATE, INJURY);
        }

        /** Guard: a bare test name counts ("+Lachman"), but not a negative one written after it. */
        @Test
        void aNegativeLachmanWrittenAfterTheTestIsNoLaxity() {
            assertSafe(ACL_KNEE.replace("+Lachman, +pivot shift", "Lachman negative, pivot shift negative"),
                    "L knee arthroscopic ACL reconstruction", DATE, INJURY);
        }

        /** Guard: the back "gives out", not the knee requested. */
        @Test
        void instabilityOfAnotherPartIsNotTheKnees() {
            assertSafe("34 y/o M, DOI 06/15/2015, low back pain; the back gives out when he lifts. L knee: +Lachman. "
                    + "MRI L knee: ACL tear. PT x 12 with HEP failed.", "L knee ACL reconstruction", DATE, INJURY);
        }

        static final String CHONDRAL = "51 y/o F cook, DOI 06/15/2015, R knee pain and swelling. Exam 11/2015: small "
                + "effusion, patellofemoral crepitus. MRI R knee 10/12/2015: grade IV chondral defect of the medial "
                + "femoral condyle, menisci intact. Naproxen and PT x 10 without benefit.";

        @Test
        void aChondroplastyWithAnEffusionAndADefectOnMriIsOverturned() {
            Draft d = assertOverturned(CHONDRAL, "R knee arthroscopy, chondroplasty MFC", DATE, INJURY);
            assertThat(judgedBy(d, "odg.knee.chondroplasty")).as(explain(d)).isTrue();
        }

        /** Guard: advanced osteoarthritis is no chondroplasty's: the rule does not apply, the reviewer decides. */
        @Test
        void aChondroplastyInAnEndStageKneeIsNotOverturned() {
            assertSafe(CHONDRAL + " Standing x-rays R knee: bone-on-bone medial compartment, severe osteoarthritis.",
                    "R knee arthroscopy, chondroplasty MFC", DATE, INJURY);
        }

        static final String SLAP = "29 y/o M stocker, DOI 06/15/2015, R shoulder pain and clicking reaching overhead. "
                + "MR arthrogram R shoulder 08/20/2015: type II SLAP tear, cuff intact. PT x 16 with HEP from 08/2015 to "
                + "12/2015 and NSAIDs failed; +O'Brien.";

        @Test
        void aSlapRepairAfterThreeMonthsOfFailedCareIsOverturned() {
            Draft d = assertOverturned(SLAP, "R shoulder arthroscopy with SLAP repair", DATE, INJURY);
            assertThat(judgedBy(d, "odg.shoulder.slap-labral-repair")).as(explain(d)).isTrue();
        }

        /** Guard: a SLAP tear after a few weeks of therapy. */
        @Test
        void aSlapRepairAfterAFewWeeksOfCareIsNotOverturned() {
            assertSafe("29 y/o M stocker, DOI 03/01/2016, R shoulder pain and clicking. MR arthrogram R shoulder "
                    + "03/20/2016: type II SLAP tear. PT x 4 so far without benefit.",
                    "R shoulder arthroscopy with SLAP repair", DATE, "2016-03-01");
        }

        static final String HIP = "26 y/o F warehouse worker, DOI 06/15/2015, L groin pain with pivoting, +FADIR. MR "
                + "arthrogram L hip 09/01/2015: anterosuperior labral tear, cam deformity. PT x 12 with HEP and an "
                + "intra-articular injection gave no lasting relief.";

        @Test
        void aHipArthroscopyForALabralTearAfterFailedCareIsOverturned() {
            Draft d = assertOverturned(HIP, "L hip arthroscopy with labral repair", DATE, INJURY);
            assertThat(judgedBy(d, "odg.hip.arthroscopy")).as(explain(d)).isTrue();
        }

        /** Guard: the labral tear is the shoulder's, not the hip's. */
        @Test
        void aLabralTearOfTheShoulderIsNoHipLesion() {
            assertSafe("26 y/o F, DOI 06/15/2015, L groin pain with pivoting. MR arthrogram R shoulder: labral tear. PT "
                    + "x 12 with HEP gave no lasting relief.", "L hip arthroscopy", DATE, INJURY);
        }

        /** Guard: a hip with advanced osteoarthritis. */
        @Test
        void aHipArthroscopyInAnArthriticHipIsNotOverturned() {
            assertSafe(HIP + " X-rays L hip: severe osteoarthritis, bone-on-bone.", "L hip arthroscopy with labral "
                    + "repair", DATE, INJURY);
        }
    }

    // ------------------------------------------------------------------------------- 2. a conditional operation

    @Nested
    class AnOperationAPlanWaitsOn {

        static final String SHOULDER = "45 y/o F cashier, DOI 06/15/2015, R shoulder pain for 8 months. PT x 12 and HEP "
                + "did not help. Exam: +Neer, +Hawkins, painful arc. ";

        /** ACOEM 2004 shoulder special studies: imaging to plan an invasive procedure; the plan waits on a condition. */
        @Test
        void anArthroscopyIfNoBetterAfterTheInjectionIsSurgeryConsidered() {
            assertOverturned(SHOULDER + "Subacromial injection today. If no better after the injection, R shoulder "
                    + "arthroscopy.", "MRI of the right shoulder", DATE, INJURY);
        }

        @Test
        void aSurgeonsArthroscopyIfNoBetterIsSurgeryConsidered() {
            assertOverturned(SHOULDER + "The orthopedic surgeon recommended PT first and, if no better, arthroscopy.",
                    "MRI of the right shoulder", DATE, INJURY);
        }

        /** Guard: a conditional operation is no operation going ahead (nor one done): its services are referred. */
        @Test
        void aConditionalArthroscopyIsNoOperationGoingAhead() {
            String record = SHOULDER + "If no better after the injection, R shoulder arthroscopy.";
            assertSafe(record, "Post-op physical therapy x 12 for the right shoulder", DATE, INJURY);
            assertSafe(record, "Cold therapy unit 7 day rental for the right shoulder", DATE, INJURY);
        }

        /** Guard: an operation done, then a condition on something else, stays done. */
        @Test
        void anOperationDoneBeforeAConditionStaysDone() {
            Draft d = draft("She underwent R shoulder arthroscopy with SAD on 03/01/2016 and if no better will return. "
                    + "The surgeon requests post-op PT x 12.",
                    "Post-op physical therapy x 12 for the right shoulder", DATE, INJURY);
            assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        }
    }

    // ------------------------------------------------------------------------------- 3. alternatives, combinations

    @Nested
    class AlternativesAndCombinedOperations {

        /** Impingement after 5 months of therapy and an injection; no full-thickness tear. */
        static final String IMPINGEMENT = "48 y/o F grocery clerk, DOI 04/11/2015, R shoulder pain with overhead work. "
                + "09/2015 to 01/2016: PT x 18 with a HEP, no lasting change. A subacromial cortisone injection on "
                + "12/03/2015 gave 2 weeks of relief. MRI R shoulder 11/20/2015: supraspinatus tendinosis, no "
                + "full-thickness tear, type II acromion. 02/18/2016: +Neer, +Hawkins, painful arc on the R.";

        /** A full-thickness tear after therapy, but no impingement signs on examination. */
        static final String TEAR_NO_IMPINGEMENT = "52 y/o M loader, DOI 04/11/2015, R shoulder pain and weakness lifting "
                + "overhead. 09/2015 to 01/2016: PT x 18 with a HEP, no lasting change. MRI R shoulder 11/20/2015: "
                + "full-thickness supraspinatus tear. 02/18/2016: weak elevation, negative Neer and Hawkins signs, "
                + "no painful arc.";

        /** "SAD vs RCR": the repair waits on what the surgeon finds, as "possible RCR" does; the decompression is decided. */
        @Test
        void aDecompressionVersusARepairIsDecidedAsTheDecompression() {
            Draft d = assertOverturned(IMPINGEMENT, "R shoulder arthroscopy, SAD vs RCR", DATE, "2015-04-11");
            assertThat(d.interpreted().surgery()).contains("rotator_cuff_impingement_arthroscopic");
        }

        @Test
        void aDecompressionAndOrARepairIsDecidedAsTheDecompression() {
            assertOverturned(IMPINGEMENT, "R shoulder arthroscopy with SAD and/or rotator cuff repair", DATE,
                    "2015-04-11");
        }

        /** Guard: the decompression itself after six weeks of therapy stays upheld. */
        @Test
        void aDecompressionVersusARepairAfterSixWeeksIsNotOverturned() {
            assertSafe("48 y/o F, DOI 03/01/2016, R shoulder pain with overhead work. PT x 6 over six weeks, no change. "
                    + "+Neer, +Hawkins.", "R shoulder arthroscopy, SAD vs RCR", DATE, "2016-03-01");
        }

        /** Guard: with only a bare arthroscopy left beside the alternative, the request is read whole (the repair). */
        @Test
        void anArthroscopyVersusARepairStaysTheRepair() {
            Draft d = assertSafe(IMPINGEMENT, "R shoulder arthroscopy vs RCR", DATE, "2015-04-11");
            assertThat(d.interpreted().surgery()).contains("rotator_cuff_repair_complete_rupture");
        }

        /** Each definite procedure by its own rule: the repair is met, the decompression is not (no impingement). */
        @Test
        void aCombinedOperationIsOverturnedOnlyWhenEveryProcedureIs() {
            Draft d = draft(TEAR_NO_IMPINGEMENT, "R shoulder scope with SAD, DCE and RCR", DATE, "2015-04-11");
            assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
            assertThat(d.interpreted().surgery()).contains("rotator_cuff_impingement_arthroscopic");
            assertThat(d.trace().steps()).anyMatch(st -> st.startsWith("combinedOperation")
                    && st.contains("rotator_cuff_repair_complete_rupture OVERTURNED"));
        }

        /** A meniscectomy with a chondroplasty: the chondroplasty's rule is asked too (ODG, s14-ops). */
        @Test
        void aMeniscectomyWithAChondroplastyAsksTheChondroplastysRuleToo() {
            String knee = "40 y/o F, DOI 04/11/2015, R knee locks and catches. MRI R knee 08/01/2015: tear of the "
                    + "posterior horn of the medial meniscus. PT x 12 with a HEP without relief.";
            Draft d = draft(knee, "R knee arthroscopy with partial medial meniscectomy and chondroplasty", DATE,
                    "2015-04-11");
            assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
            // guard: the meniscectomy alone on the same record is still overturned
            assertOverturned(knee, "R knee arthroscopy with partial medial meniscectomy", DATE, "2015-04-11");
        }

        /** Guard: every procedure met, the combined operation is overturned. */
        @Test
        void aCombinedOperationWithEveryProcedureMetIsOverturned() {
            String tear = IMPINGEMENT.replace("supraspinatus tendinosis, no full-thickness tear",
                    "full-thickness supraspinatus tear");
            assertOverturned(tear, "R shoulder scope with SAD, DCE and RCR", DATE, "2015-04-11");
        }
    }

    // ------------------------------------------------------------------------------- 4. the post-operative course

    @Nested
    class ThePostoperativeCourse {

        static final String PT = "Post-op physical therapy x 12 for the right shoulder";

        /** "2 weeks out from surgery" dates the certified arthroscopy: the PSTG shoulder course applies. */
        @Test
        void weeksOutFromSurgeryIsAPostoperativeInterval() {
            Draft d = assertOverturned("52 y/o F cashier, DOI 06/15/2015, R shoulder impingement. The R shoulder "
                    + "arthroscopy with SAD was certified by UR. 04/25/2016: She is 2 weeks out from surgery; the "
                    + "incisions are healed. The surgeon requests post-op PT x 12.", PT, DATE, INJURY);
            assertThat(d.trace().phase()).contains("shoulder arthroscopy of 2016-04-11");
        }

        /** Guard: weeks "from" an operation to come is no interval (s13-fixe), nor is one the sentence plans. */
        @Test
        void weeksFromAnOperationToComeIsNoInterval() {
            assertSafe("52 y/o F cashier, DOI 06/15/2015, R shoulder impingement. 04/25/2016: R shoulder arthroscopy "
                    + "with SAD is planned; she is 2 weeks from surgery. PT x 16 before surgery.",
                    "Physical therapy x 12 for the right shoulder", DATE, INJURY);
        }

        static final String CERTIFIED = "52 y/o F cashier, DOI 06/15/2015, R shoulder impingement after PT x 16 and an "
                + "injection. The R shoulder arthroscopy with SAD was certified by UR and is scheduled for "
                + "05/16/2016. Pre-op and post-op items were requested.";

        /** PSTG initial course for a certified operation not yet done: the request is the surgeon's post-op course. */
        @Test
        void anInitialCourseForACertifiedOperationIsOverturned() {
            assertOverturned(CERTIFIED, PT, DATE, INJURY);
        }

        /** Guards: beyond the initial course; not a post-operative request; a non-certified operation. */
        @Test
        void nearMissesOfTheCertifiedOperationsCourseAreNotOverturned() {
            assertSafe(CERTIFIED, "Post-op physical therapy x 24 for the right shoulder", DATE, INJURY);
            assertSafe(CERTIFIED, "Physical therapy x 12 for the right shoulder", DATE, INJURY);
            assertSafe(CERTIFIED.replace("was certified by UR and is scheduled for 05/16/2016", "was non-certified by UR"),
                    PT, DATE, INJURY);
            assertSafe(CERTIFIED + " The surgeon has not prescribed post-op therapy.", PT, DATE, INJURY);
        }
    }
}
