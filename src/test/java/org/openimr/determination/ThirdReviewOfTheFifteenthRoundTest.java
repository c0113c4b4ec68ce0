package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import org.junit.jupiter.api.Test;

/**
 * The third review of the fifteenth round (equipment, diagnostic and operation readings, part 1): an operation done
 * after its authorization, an operation the patient turned down, a going-ahead word of another service, and a rental
 * with a purchase of its supplies. Each false reading beside its guard, the near record that must come out as before.
 * Synthetic records and requests written for this test (never a letter's text).
 */
class ThirdReviewOfTheFifteenthRoundTest {

    private static final String SHOULDER = "55 y/o M forklift driver, DOI 04/11/2015, right shoulder impingement. He "
            + "has type 2 diabetes treated with metformin and hypertension treated with lisinopril. He failed PT x 12 "
            + "and a subacromial injection. ";
    private static final String DATE = "2016-03-09";

    private static Draft safe(String record, String request, String date) {
        return Drafts.assertSafe(record, request, date);
    }

    private static Draft overturned(String record, String request, String date) {
        return Drafts.assertOutcome(record, request, date, DraftOutcome.OVERTURNED);
    }

    // ------------------------------------------------------- 1. an operation done after UR approved it is done

    private static final String APPROVED_AND_DONE = SHOULDER + "The R shoulder arthroscopy with SAD was approved by UR "
            + "and performed on 02/10/2016. The wounds are healing well. The surgeon asked for pre-op and post-op "
            + "items, which UR non-certified on 02/20/2016.";

    @Test
    void anOperationApprovedAndPerformedOnADateIsDoneNotPlanned() {
        // "was approved" read the operation as planned, so a pre-operative test weeks after it was supported
        safe(APPROVED_AND_DONE, "Pre-op EKG", "2016-03-01");
        Draft cold = safe(APPROVED_AND_DONE, "Cold therapy unit, 7-day rental", "2016-03-01");
        assertThat(cold.rationale()).doesNotContain("planned");
    }

    @Test
    void anInjectionCertifiedAndGivenOnADateIsAnInjectionGiven() {
        // the earlier injection read as only authorized, so the repeat was drafted as a first injection
        String record = "Visit 01/12/2016: 50 y/o F packer, DOI 05/03/2014, low back pain down the left leg. A lumbar "
                + "MRI on 07/02/2015 showed a left L5-S1 disc protrusion touching the left S1 root. She failed PT x 12, "
                + "NSAIDs and gabapentin. A left L5-S1 transforaminal ESI was approved by UR and performed on "
                + "10/01/2015. It gave only 20% relief for 1 week. Exam: positive left SLR, reduced sensation in the "
                + "left S1 dermatome, reduced left ankle reflex. Plan: repeat the left L5-S1 TFESI. UR non-certified "
                + "the repeat injection on 01/20/2016.";
        Draft d = draft(record, "Left L5-S1 transforaminal epidural steroid injection", "2016-01-20", null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void guardAnOperationCertifiedAndScheduledIsStillPlanned() {
        String record = SHOULDER + "The R shoulder arthroscopy with SAD was certified by UR on 03/02/2016 and is "
                + "scheduled for 04/01/2016. UR non-certified the pre-op items on 03/09/2016.";
        overturned(record, "Pre-op EKG", DATE);
    }

    @Test
    void guardAnOperationApprovedToBePerformedOnADateIsStillPlanned() {
        String record = SHOULDER + "The R shoulder arthroscopy with SAD was approved by UR and is to be performed on "
                + "04/01/2016. UR non-certified the pre-op items on 03/09/2016.";
        overturned(record, "Pre-op EKG", DATE);
    }

    // ------------------------------------------------------- 2. an operation the patient turned down is not going ahead

    @Test
    void anOperationCertifiedThatThePatientDecidedAgainstIsNotGoingAhead() {
        safe(SHOULDER + "The R shoulder arthroscopy with SAD was certified by UR on 03/02/2016, but the patient has "
                + "decided against surgery for now. UR non-certified the pre-op items on 03/09/2016.", "Pre-op EKG",
                DATE);
    }

    @Test
    void anOperationApprovedThatThePatientDeclinedIsNotGoingAhead() {
        safe(SHOULDER + "The R shoulder arthroscopy with SAD was approved by UR on 03/02/2016; the patient declined the "
                + "surgery at the 03/05/2016 visit. UR non-certified the pre-op items on 03/09/2016.", "Pre-op EKG",
                DATE);
    }

    @Test
    void anOperationCertifiedButPutOffIsNotGoingAhead() {
        for (String putOff : new String[] {"the patient does not wish to proceed", "it has been postponed",
                "it is on hold", "it was deferred until after the holidays"}) {
            safe(SHOULDER + "The R shoulder arthroscopy with SAD was certified by UR on 03/02/2016, but " + putOff
                    + ". UR non-certified the pre-op items on 03/09/2016.", "Pre-op EKG", DATE);
        }
    }

    @Test
    void guardAnOperationCertifiedThatThePatientWantsStillGoesAhead() {
        overturned(SHOULDER + "The R shoulder arthroscopy with SAD was certified by UR on 03/02/2016 and the patient "
                + "wishes to proceed. UR non-certified the pre-op items on 03/09/2016.", "Pre-op EKG", DATE);
    }

    // ------------------------------------------------------- 3. the going-ahead word must be the operation's own

    @Test
    void therapyCertifiedInsteadOfTheOperationIsNoOperationGoingAhead() {
        String record = SHOULDER + "On 02/16/2016 the surgeon requested a R shoulder arthroscopy with SAD and DCE, and "
                + "UR certified 6 more PT visits instead. The surgeon also requested pre-op and post-op items, which UR "
                + "non-certified on 03/09/2016.";
        safe(record, "Pre-op EKG", DATE);
        safe(record, "Cold therapy unit, 7-day rental", DATE);
    }

    @Test
    void aFollowUpScheduledToDiscussTheOperationIsNoOperationGoingAhead() {
        String record = SHOULDER + "On 02/16/2016 the surgeon requested a R shoulder arthroscopy with SAD and DCE. A follow-up "
                + "is scheduled for 04/01/2016 to discuss the requested R shoulder arthroscopy. Pre-op and post-op "
                + "items were non-certified by UR on 03/09/2016.";
        safe(record, "Pre-op EKG", DATE);
        safe(record, "Cold therapy unit, 7-day rental", DATE);
    }

    @Test
    void guardAnOperationScheduledInItsOwnClauseStillGoesAhead() {
        overturned(SHOULDER + "On 02/16/2016 the surgeon requested a R shoulder arthroscopy with SAD and DCE, and it "
                + "is scheduled for 03/28/2016. UR non-certified the pre-op items on 03/09/2016.", "Pre-op EKG", DATE);
    }

    // ------------------------------------------------------- 4. a rental with a purchase of its supplies is a rental

    private static final String CERTIFIED = SHOULDER + "The R shoulder arthroscopy with SAD was certified by UR on "
            + "03/02/2016 and is scheduled for 03/28/2016. UR non-certified the post-op items on 03/09/2016.";

    @Test
    void aSevenDayRentalWithAPurchaseOfTheWrapIsARental() {
        for (String request : new String[] {"Cold therapy unit, 7-day rental with purchase of wrap",
                "Cold therapy unit rental (7 days) and purchase of the disposable wrap"}) {
            overturned(CERTIFIED, request, DATE);
        }
    }

    @Test
    void guardAColdTherapyUnitBoughtIsStillAPurchase() {
        Draft d = Drafts.assertOutcome(CERTIFIED, "Cold therapy unit purchase", DATE, DraftOutcome.UPHELD);
        assertThat(d.rationale()).contains("the request asks to purchase the equipment");
        for (String request : new String[] {"Purchase of a cold therapy unit with wrap",
                "Cold therapy unit purchase with wrap", "Cold therapy unit and pads, purchase"}) {
            Drafts.assertOutcome(CERTIFIED, request, DATE, DraftOutcome.UPHELD);
        }
    }
}
