package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.assertOutcome;
import static org.openimr.determination.Drafts.assertSafe;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What a review of the operations' services found (s14-fixb): a service for an operation goes ahead only with the
 * operation it serves (its part; done recently enough to be its, or certified or scheduled ahead), an operation of
 * another part or year covers none, a UR reviewer's example and a surgery the patient declines are no plan, and a
 * consult is no operation. Synthetic records, written for OpenIMR.
 */
class ReviewOfTheOperationsServicesTest {

    private static final String[] KNEE_SERVICES = {"Assistant surgeon", "Inpatient stay x 3 days",
            "Pre-op medical clearance", "IPC device"};

    private static final String KNEE = "59 y/o F packer, DOI 02/10/2014, L knee pain. X-rays: end-stage medial "
            + "compartment osteoarthritis of the L knee, bone on bone. She has type 2 diabetes on metformin and "
            + "hypertension. PT x 12, NSAIDs and two CSI did not help. ";

    // ------------------------------------------------------------------ 1. an old operation of another part

    @Nested
    class AnOldOperationOfAnotherPart {

        static final String DENIED = KNEE + "She is s/p R carpal tunnel release in 2012. 04/18/2016: the orthopedist "
                + "requested a L TKA, an assistant surgeon, an inpatient stay x 3 days and pre-op medical clearance. "
                + "UR non-certified the L TKA on 04/26/2016; UR also non-certified the associated requests on "
                + "04/26/2016.";

        /** Before: OVERTURNED, the 2012 wrist operation counted as the knee replacement going ahead. */
        @Test
        void aWristOperationOfYearsAgoDoesNotMakeTheKneesServicesGoAhead() {
            for (String request : KNEE_SERVICES) {
                assertSafe(DENIED, request, "2016-04-26");
            }
        }

        /**
         * Before (lead's re-read): OVERTURNED, an arthroscopy of the same knee done in 2015 counted as the denied knee
         * replacement going ahead. With operations of the part requested, one done counts only as a requested one done.
         */
        @Test
        void anotherOperationOfTheSameKneeDoneLastYearDoesNotMakeTheReplacementsServicesGoAhead() {
            String sameKnee = DENIED.replace("She is s/p R carpal tunnel release in 2012.",
                    "She is s/p L knee arthroscopy with partial medial meniscectomy in 2015.");
            for (String request : KNEE_SERVICES) {
                assertSafe(sameKnee, request, "2016-04-26");
            }
        }

        /** Guard: the requested knee replacement itself, done since, carries its services. */
        @Test
        void theRequestedReplacementDoneCarriesItsServices() {
            String done = KNEE + "04/18/2016: the orthopedist requested a L TKA and an IPC device. She underwent the L "
                    + "total knee arthroplasty on 05/02/2016. UR non-certified the IPC device on 05/03/2016.";
            assertOutcome(done, "IPC device", "2016-05-03", DraftOutcome.OVERTURNED);
        }

        /** Guard: the same old wrist operation does not hide a knee replacement certified ahead. */
        @Test
        void aCertifiedKneeReplacementStillCarriesItsServices() {
            String certified = KNEE + "She is s/p R carpal tunnel release in 2012. The L total knee arthroplasty was "
                    + "certified by UR on 05/02/2016 and is scheduled for 06/01/2016. UR non-certified the "
                    + "peri-operative items on 05/16/2016.";
            assertOutcome(certified, "Assistant surgeon", "2016-05-16", DraftOutcome.OVERTURNED);
            assertOutcome(certified, "IPC device", "2016-05-16", DraftOutcome.OVERTURNED);
        }
    }

    // ----------------------------------------------------- 2. another part's certified operation, this one denied

    @Nested
    class AnotherPartsCertifiedOperation {

        static final String TWO_OPERATIONS = KNEE.replace("L knee pain.", "L knee pain and R hand numbness.")
                + "EMG showed R carpal tunnel syndrome. 02/08/2016: the orthopedist requested a L TKA with an "
                + "assistant surgeon, an inpatient stay x 3 days and an IPC device. UR non-certified the L TKA on "
                + "02/16/2016. 03/14/2016: the R carpal tunnel release was authorized by UR and is scheduled for "
                + "05/09/2016. UR non-certified the assistant surgeon, the inpatient stay and the IPC device on "
                + "04/26/2016.";

        /**
         * Before: OVERTURNED, the wrist's authorization counted for the knee replacement's services; services naming
         * no part are not drafted for the wrist operation either (an assistant for a carpal tunnel release): REFER.
         */
        @Test
        void aCertifiedWristOperationDoesNotCoverTheDeniedKneeReplacement() {
            for (String request : KNEE_SERVICES) {
                assertOutcome(TWO_OPERATIONS, request, "2016-04-26", DraftOutcome.REFER);
            }
        }
    }

    // ----------------------------------------------- 3. post-operative therapy for a non-certified operation

    @Nested
    class PostoperativeTherapyOfAnotherPart {

        static final String PT = "Post-op physical therapy x 12 for the right shoulder";
        static final String SHOULDER = "50 y/o F cashier, DOI 06/15/2015, R shoulder impingement after PT x 16 and a "
                + "CSI. ";

        /** Before: OVERTURNED, the certified wrist operation taken as the shoulder's. */
        @Test
        void aCertifiedWristOperationIsNotTheDeniedShouldersCourse() {
            assertSafe(SHOULDER + "EMG 03/2016 showed L carpal tunnel syndrome. The L carpal tunnel release was "
                    + "certified by UR and is scheduled for 05/16/2016. The R shoulder arthroscopy with SAD was "
                    + "non-certified by UR on 04/20/2016. Post-op items were requested.", PT, "2016-05-02");
        }

        @Test
        void aWristOperationCertifiedEarlierIsNotTheShouldersEither() {
            assertSafe(SHOULDER + "01/05/2016: UR certified the L carpal tunnel release. 02/02/2016: the surgeon "
                    + "requested a R shoulder arthroscopy with SAD; UR non-certified the R shoulder arthroscopy on "
                    + "02/09/2016. 02/20/2016: post-op PT x 12 for the R shoulder was requested.", PT, "2016-02-27");
        }

        @Test
        void aKneeOperationCertifiedIsNotTheShouldersOnlyRequested() {
            assertSafe(SHOULDER + "The R shoulder arthroscopy with SAD was requested on 04/10/2016. The surgeon also "
                    + "requested post-op PT. Her L knee arthroscopy was certified by UR last month and is scheduled "
                    + "for 05/16/2016.", PT, "2016-05-02");
        }

        /** Guard: the shoulder's own certification still makes its course, with another part's operation denied. */
        @Test
        void theShouldersOwnCertificationStillCounts() {
            assertOutcome(SHOULDER + "The R shoulder arthroscopy with SAD was certified by UR and is scheduled for "
                    + "05/16/2016. The L carpal tunnel release was non-certified by UR on 04/20/2016. Post-op items "
                    + "were requested.", PT, "2016-05-02", DraftOutcome.OVERTURNED);
        }
    }

    // ---------------------------------------------------------- 4. a UR reviewer's example, a surgery declined

    @Nested
    class NoPlannedOperation {

        static final String RECORD = "47 y/o F cashier, DOI 09/01/2015, R shoulder pain from stocking shelves. Exam: "
                + "positive Neer and Hawkins, full strength. X-rays unremarkable. PT x 6 with some gains; naproxen. "
                + "01/10/2016: the PTP requested an MRI of the R shoulder. ";
        static final String UR = "UR non-certified the MRI on 01/18/2016, reasoning that imaging is for a surgical "
                + "candidate, e.g., arthroscopy if no better after 3 to 6 months of conservative care, which she has "
                + "not completed.";

        /** Before: OVERTURNED on "surgery planned" read from the UR reviewer's example. */
        @Test
        void aUtilizationReviewersExampleIsNoPlannedOperation() {
            assertSafe(RECORD + UR, "MRI R shoulder", "2016-01-18");
        }

        @Test
        void aPatientWhoDeclinesSurgeryHasNoneConsidered() {
            assertSafe(RECORD + "She does not wish to consider surgery at this time. " + UR, "MRI R shoulder",
                    "2016-01-18");
        }
    }

    // ------------------------------------------------------------------------- 5. a consult is no operation

    @Nested
    class AConsultIsNoOperation {

        /** Before: the consult's date read as an operation's, the request put in a postsurgical period. */
        @Test
        void aSurgeryConsultDeclinedDatesNoOperation() {
            Draft d = draft("56 y/o M driver, DOI 03/04/2014, chronic low back pain without radicular signs. PT, "
                    + "chiropractic and NSAIDs gave little relief. A spine surgery consult was suggested on 8/2/16; "
                    + "he declined it. 11/14/2016: the PTP requested acupuncture x 6 to increase his walking "
                    + "tolerance.", "Acupuncture x 6 for the low back", "2016-11-21", null);
            assertThat(d.trace().phase()).as(explain(d)).doesNotContain("postsurgical");
            assertThat(d.rationale()).as(explain(d)).doesNotContain("since surgery", "after the operation");
        }

        /** Guard: an operation done on that date still opens its postsurgical period. */
        @Test
        void aSpineOperationDoneStillDatesItsPeriod() {
            Draft d = draft("56 y/o M driver, DOI 03/04/2014, low back pain. He underwent lumbar surgery on 8/2/16. "
                    + "11/14/2016: the PTP requested acupuncture x 6.", "Acupuncture x 6 for the low back",
                    "2016-11-21", null);
            assertThat(d.trace().phase()).as(explain(d)).contains("postsurgical");
        }
    }
}
