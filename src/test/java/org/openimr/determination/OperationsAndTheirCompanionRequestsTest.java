package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import org.junit.jupiter.api.Test;

/**
 * Services requested for an operation (pre-operative tests, post-operative therapy, cold therapy) as UR and IMR
 * letters word them, beside records that show the operation certified, only requested, or non-certified. A service
 * for an operation the record shows certified is decided by its own rule; one for an operation the record does not
 * show going ahead is never OVERTURNED. Synthetic records, written for OpenIMR.
 */
class OperationsAndTheirCompanionRequestsTest {

    private static final String SHOULDER = "51 y/o M warehouse worker, DOI 06/02/2015, R shoulder impingement and AC "
            + "joint arthrosis. He has type 2 diabetes on metformin and hypertension on lisinopril. Failed PT x 16 and a "
            + "subacromial CSI. ";

    private static final String CERTIFIED = SHOULDER + "The R shoulder arthroscopy with SAD and DCE was certified by "
            + "UR on 03/02/2016 and is scheduled for 03/28/2016. The surgeon requested pre-op and post-op items, which "
            + "UR non-certified on 03/09/2016.";

    private static final String NON_CERTIFIED = SHOULDER + "The R shoulder arthroscopy with SAD and DCE was "
            + "non-certified by UR on 03/02/2016. The surgeon also requested pre-op and post-op items, which UR "
            + "non-certified on 03/09/2016.";

    private static final String ONLY_REQUESTED = "51 y/o M warehouse worker, DOI 06/02/2015, R shoulder impingement. "
            + "He has type 2 diabetes on metformin and hypertension on lisinopril. 02/16/2016: +Neer, +Hawkins R. "
            + "Request: R shoulder arthroscopy w/ SAD/DCE, pre-op medical clearance, post-op PT x 12, cold therapy unit "
            + "7-day rental and a sling. UR 03/09/2016 non-certified the requests.";

    // ------------------------------------------------------------------------------------------- certified: own rule

    @Test
    void anOperationUtilizationReviewCertifiedIsPlannedNotDone() {
        // "certified by UR on 03/02/2016" dated the certification as the operation: the pre-operative rule did not
        // apply (the operation read as done) and the draft was referred to generally accepted standards
        Draft d = draft(CERTIFIED, "Pre-op labs: CBC, BMP, PT/PTT", "2016-03-09", null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        assertThat(d.trace().recommendations()).as(explain(d)).anyMatch(r -> r.id().equals(
                "odg.preoperative-lab-testing") && r.conclusion() == RecommendationTrace.Conclusion.SUPPORTED);
    }

    @Test
    void aPreoperativeElectrocardiogramForACertifiedOperationFollowsItsRule() {
        Draft d = draft(CERTIFIED, "Pre-op EKG", "2016-03-09", null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        assertThat(d.trace().recommendations()).as(explain(d)).anyMatch(r -> r.id().equals(
                "odg.preoperative-electrocardiogram") && r.conclusion() == RecommendationTrace.Conclusion.SUPPORTED);
    }

    @Test
    void preoperativeTestsOfAHealthyPatientBeforeACertifiedOperationAreUpheld() {
        String healthy = "51 y/o M warehouse worker, DOI 06/02/2015, R shoulder impingement. No past medical history "
                + "and no medications. The R shoulder arthroscopy with SAD and DCE was certified by UR on 03/02/2016 "
                + "and is scheduled for 03/28/2016. UR non-certified the pre-op items on 03/09/2016.";
        for (String request : new String[] {"Pre-op labs: CBC, BMP, PT/PTT", "Pre-op EKG"}) {
            Draft d = draft(healthy, request, "2016-03-09", null);
            assertThat(d.outcome()).as(request + "\n" + explain(d)).isEqualTo(DraftOutcome.UPHELD);
        }
    }

    @Test
    void coldTherapyForSevenDaysAfterACertifiedOperationFollowsItsRule() {
        Draft d = draft(CERTIFIED, "Cold therapy unit, 7-day rental", "2016-03-09", null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        Draft longer = draft(CERTIFIED, "Vascutherm cold compression unit, 14-day rental", "2016-03-09", null);
        assertThat(longer.outcome()).as(explain(longer)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void aColdTherapyUnitBoughtIsKeptPastTheSevenDaysAndIsUpheld() {
        Draft d = draft(CERTIFIED, "Cold therapy unit purchase", "2016-03-09", null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
        assertThat(d.rationale()).contains("the request asks to purchase the equipment");
    }

    // ------------------------------------------------------------------------------------------- guards

    @Test
    void servicesForANonCertifiedOperationAreNeverOverturned() {
        // their own rules are met (a diabetic patient, 7 days of cold therapy), but the operation was turned down
        for (String request : new String[] {"Pre-op labs: CBC, BMP, PT/PTT", "Pre-op EKG",
                "Cold therapy unit, 7-day rental", "Post-op cold therapy unit x 7 days",
                "Post-operative physical therapy x 12 sessions for the right shoulder"}) {
            Draft d = draft(NON_CERTIFIED, request, "2016-03-09", null);
            assertThat(d.outcome()).as(request + "\n" + explain(d)).isNotEqualTo(DraftOutcome.OVERTURNED);
        }
    }

    @Test
    void servicesForAnOperationOnlyRequestedAreReferred() {
        for (String request : new String[] {"Post-operative physical therapy x 12 sessions for the right shoulder",
                "Cold therapy unit, 7-day rental"}) {
            Draft d = draft(ONLY_REQUESTED, request, "2016-03-09", null);
            assertThat(d.outcome()).as(request + "\n" + explain(d)).isEqualTo(DraftOutcome.REFER);
            // a referred draft concludes nothing: the service's own "so it is medically necessary" is not kept
            assertThat(d.rationale()).as(request).doesNotContain("medically necessary")
                    .contains("No draft outcome");
        }
    }

    @Test
    void anOperationNotAuthorizedIsNotGoingAhead() {
        String notAuthorized = SHOULDER + "The R shoulder arthroscopy with SAD and DCE has not been authorized. The "
                + "surgeon requested pre-op items, which UR non-certified on 03/09/2016.";
        Draft d = draft(notAuthorized, "Pre-op EKG", "2016-03-09", null);
        assertThat(d.outcome()).as(explain(d)).isNotEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void anOperationScheduledStillGoesAhead() {
        // the battery of s12: an operation "has been scheduled" is going ahead
        Draft d = draft("66 y/o M with L knee OA on warfarin for atrial fibrillation. L TKA has been scheduled. "
                + "05/10/2016: pre-op labs requested. UR 05/25/2016 non-certified.",
                "Pre-operative labs: CBC, CMP, PT/INR", "2016-05-25", null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }
}
