package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;
import static org.openimr.determination.Drafts.verdictOf;

import org.junit.jupiter.api.Test;

/**
 * Criteria that realistic case summaries (several visits, the treatment history, the UR decision and its reasons)
 * meet in words the engine did not read, for therapy and surgery; beside each, a record that misses the criterion
 * stays upheld. Synthetic records, written for OpenIMR (twelfth round, docs/engine-evaluation.md).
 */
class RealisticCaseSummariesTest {

    // ------------------------------------------------------------------ sessions given before the operation

    private static final String MENISCECTOMY = "Before the surgery he was treated with naproxen and 12 sessions of "
            + "physical therapy without lasting benefit. He underwent right knee arthroscopic partial medial meniscectomy on 08/10/2016. "
            + "On 08/24/2016 the incisions were healing, flexion was 95 degrees and he walked with a cane. ";

    @Test
    void sessionsGivenBeforeTheOperationDoNotCountAgainstThePostsurgicalCourse() {
        Draft d = draft("This 46 year old male injured the right knee on 03/14/2016. " + MENISCECTOMY
                + "The surgeon prescribed postoperative physical therapy.",
                "Post-operative physical therapy 2 times a week for 3 weeks right knee", "2016-09-02", null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void sessionsGivenAfterTheOperationStillCount() {
        Draft d = draft("This 46 year old male injured the right knee on 03/14/2016. He underwent right knee arthroscopic "
                + "partial medial meniscectomy on 08/10/2016. He has since completed 12 sessions of physical therapy "
                + "after the surgery. The surgeon prescribed more postoperative physical therapy.",
                "Post-operative physical therapy 2 times a week for 3 weeks right knee", "2016-11-02", null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void sessionsInTheSentenceThatNamesTheOperationStillCount() {
        Draft d = draft("This 46 year old male injured the right knee on 03/14/2016. He has completed 12 sessions of "
                + "physical therapy since his right knee arthroscopic partial medial meniscectomy on 08/10/2016. The "
                + "surgeon prescribed more postoperative physical therapy.",
                "Post-operative physical therapy 2 times a week for 3 weeks right knee", "2016-11-02", null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void sessionsCalledPreoperativeDoNotCountWhereverTheRecordTellsThem() {
        Draft d = draft("This 46 year old male injured the right knee on 03/14/2016. He is status post right knee "
                + "arthroscopic partial medial meniscectomy on 08/10/2016. Before surgery he had 12 sessions of physical "
                + "therapy. The surgeon prescribed postoperative physical therapy.",
                "Post-operative physical therapy 2 times a week for 3 weeks right knee", "2016-09-02", null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    // ------------------------------------------------------------------ sessions of outpatient therapy, a gain in walking

    private static final String KNEE_REPLACEMENT = "This 63 year old female injured the left knee on 01/05/2015. She "
            + "underwent left total knee arthroplasty on 08/29/2016. On 10/05/2016 the surgeon notes that she has "
            + "completed %d sessions of outpatient post-operative physical therapy. Knee flexion improved from 80 to 105 "
            + "degrees, and she now walks with a cane rather than a walker.";
    private static final String MORE_KNEE_THERAPY = "Additional post-op physical therapy 2 times a week for 6 weeks left knee";

    @Test
    void aCaneInsteadOfAWalkerIsAFunctionalGainAndOutpatientSessionsAreCounted() {
        Draft d = draft(String.format(KNEE_REPLACEMENT, 8), MORE_KNEE_THERAPY, "2016-10-14", null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        assertThat(explain(d)).contains("8 sessions of physical therapy already given");
    }

    @Test
    void outpatientSessionsBeyondTheGeneralCourseStayUpheld() {
        // 16 given and 12 requested make 28, past the general course of 24 (PSTG, knee arthroplasty)
        Draft d = draft(String.format(KNEE_REPLACEMENT, 16), MORE_KNEE_THERAPY, "2016-10-14", null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void stillWalkingWithAWalkerIsNoFunctionalGain() {
        Draft d = draft("This 63 year old female injured the left knee on 01/05/2015. She underwent left total knee "
                + "arthroplasty on 08/29/2016. On 10/05/2016 she has completed 12 sessions of post-operative physical "
                + "therapy. She still walks with a walker.", MORE_KNEE_THERAPY, "2016-10-14", null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    // ------------------------------------------------------------------ conservative care given and failed

    private static final String CUFF_TEAR = "This 49 year old female injured the right shoulder on 02/03/2016. MRI on "
            + "04/11/2016 showed a full thickness tear of the supraspinatus tendon. %s On 08/09/2016 she has weakness "
            + "with elevation and a positive drop arm test, and cannot lift her arm above shoulder level.";
    private static final String CUFF_REPAIR = "Right shoulder arthroscopic rotator cuff repair";

    @Test
    void completedSessionsOfTherapyAreConservativeCareTried() {
        Draft d = draft(String.format(CUFF_TEAR, "She completed 12 sessions of physical therapy and a home exercise "
                + "program."), CUFF_REPAIR, "2016-08-17", null);
        assertThat(verdictOf(d, "conservative care")).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void noTherapyGivenIsNoConservativeCareTried() {
        Draft d = draft(String.format(CUFF_TEAR, "She takes ibuprofen."), CUFF_REPAIR, "2016-08-17", null);
        assertThat(verdictOf(d, "conservative care")).as(explain(d)).isNotEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    private static final String CARPAL_TUNNEL = "This 48 year old female injured the right hand on 09/21/2015. She has "
            + "numbness of the thumb, index and middle fingers at night. EMG/NCV of 05/03/2016 showed moderate right "
            + "carpal tunnel syndrome. %s On 07/12/2016 Tinel's and Phalen's signs are positive at the right wrist.";
    private static final String RELEASE = "Right carpal tunnel release";

    @Test
    void aSplintWornForMonthsIsASplintingTrial() {
        Draft d = draft(String.format(CARPAL_TUNNEL, "She has worn a wrist splint at night for six months and had a "
                + "corticosteroid injection with only temporary relief."), RELEASE, "2016-07-21", null);
        assertThat(verdictOf(d, "conservative care")).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void aSplintOnlyRecommendedIsNoSplintingTrial() {
        Draft d = draft(String.format(CARPAL_TUNNEL, "A wrist splint was recommended."), RELEASE, "2016-07-21", null);
        assertThat(verdictOf(d, "conservative care")).as(explain(d)).isNotEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    // ------------------------------------------------------------------ the goals of a course of therapy

    private static final String WRIST = "This 41 year old female injured the right wrist typing on 07/11/2016. On "
            + "09/06/2016 she has radial wrist pain 5/10 and a positive Finkelstein's test. She has had no hand therapy. ";

    @Test
    void therapyForStrengtheningStatesItsGoal() {
        Draft d = draft(WRIST + "The provider requested occupational therapy for strengthening and ergonomic training.",
                "Occupational therapy 2 times a week for 3 weeks right wrist", "2016-09-15", null);
        assertThat(verdictOf(d, "goals")).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void therapyWithoutAGoalStaysUpheld() {
        Draft d = draft(WRIST + "The provider requested occupational therapy.",
                "Occupational therapy 2 times a week for 3 weeks right wrist", "2016-09-15", null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    // ------------------------------------------------------------------ the UR reviewer's reasons are not the record

    private static final String TORN_MENISCUS = "This 53 year old female twisted the right knee on 04/04/2016. MRI on "
            + "06/01/2016 showed a tear of the posterior horn of the medial meniscus. She completed 8 sessions of physical "
            + "therapy and a home exercise program without lasting relief. %s The request was non-certified on "
            + "09/15/2016 as the guidelines require mechanical symptoms such as locking, catching or giving way.";
    private static final String SCOPE = "Right knee arthroscopy with partial medial meniscectomy";

    @Test
    void theReviewersQuotedCriteriaDocumentNothing() {
        Draft d = draft(String.format(TORN_MENISCUS, "On 09/06/2016 she reports medial knee pain with stairs; range of "
                + "motion is full."), SCOPE, "2016-09-15", null);
        assertThat(verdictOf(d, "mechanical symptoms")).as(explain(d)).isNotEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void theLatestVisitDocumentsWhatTheReviewerSaidWasMissing() {
        Draft d = draft(String.format(TORN_MENISCUS, "On 09/06/2016 she reports locking and catching of the right "
                + "knee."), SCOPE, "2016-09-15", null);
        assertThat(verdictOf(d, "mechanical symptoms")).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }
}
