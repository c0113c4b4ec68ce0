package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;
import static org.openimr.determination.Drafts.verdictOf;

import org.junit.jupiter.api.Test;

/**
 * Case summaries as IMR writes them: several visits, the UR decision with the reviewer's reasons quoted, the latest
 * visit meeting the rule. The reviewer's words are not facts of the record; the latest clinical note is. Each reading
 * beside a guard that misses the criterion and stays upheld. Synthetic records, written for OpenIMR.
 */
class RealisticDmeAndDiagnosticSummariesTest {

    private static final String RED_FLAG = "a red flag (cauda equina";
    private static final String REPEAT_MRI = "odg.mri.repeat";

    private static RecommendationTrace.Conclusion conclusion(Draft d, String id) {
        return d.trace().recommendations().stream().filter(r -> r.id().equals(id)).findFirst()
                .map(RecommendationTrace::conclusion).orElse(RecommendationTrace.Conclusion.DOES_NOT_APPLY);
    }

    // ------------------------------------------------------------------------- the UR decision and its reasons

    private static final String LUMBAR_HISTORY = "The patient is a 52-year-old male equipment operator who injured his "
            + "low back at work on 05/18/2016, with pain radiating to the left leg. He was treated with physical therapy "
            + "and ibuprofen. ";

    @Test
    void redFlagsTheReviewerFoundUndocumentedAreNotDeniedByTheRecord() {
        Draft d = draft("The patient is a 33-year-old landscaper who twisted his right ankle at work on 09/26/2016. On "
                + "09/27/2016 there was lateral ankle swelling. The physician requested x-rays of the right ankle. The "
                + "ankle x-rays were non-certified on 09/30/2016; the reviewer wrote that there was no documentation of "
                + "new trauma or of red flags.", "X-rays of the right ankle", "2016-09-30", null);
        // the reviewer's "no documentation of red flags" leaves them undocumented; it does not state that there are none
        assertThat(verdictOf(d, "a red flag")).as(explain(d)).isEqualTo(Verdict.UNKNOWN);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void aProgressiveDeficitInTheVisitMeetsTheRuleWhateverTheReviewerSaid() {
        Draft d = draft(LUMBAR_HISTORY + "On 08/03/2016 the physician found a progressive neurological deficit, with "
                + "left EHL strength 3/5. The lumbar MRI was non-certified on 08/10/2016; the reviewer stated that there "
                + "was no documentation of neurological deficits or red flags.", "MRI of the lumbar spine", "2016-08-10",
                null);
        assertThat(verdictOf(d, RED_FLAG)).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void redFlagsThePhysicianRulesOutAreStillAbsent() {
        Draft d = draft(LUMBAR_HISTORY + "On 08/03/2016 strength, sensation and reflexes were normal. There were no "
                + "red flags. The lumbar MRI was non-certified on 08/10/2016; the reviewer stated that there was no "
                + "documentation of red flags.", "MRI of the lumbar spine", "2016-08-10", null);
        assertThat(verdictOf(d, RED_FLAG)).as(explain(d)).isEqualTo(Verdict.NOT_MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void theReviewersReasonsInASentenceThatOnlySaysNonCertifiedDocumentNothing() {
        Draft d = draft("The patient is a 38-year-old female who twisted her left knee at work on 06/06/2016. She has "
                + "medial knee pain and locking, and 6 sessions of physical therapy did not help. The MRI of the left "
                + "knee was non-certified on 08/01/2016, the reviewer noting that an MRI is reserved for a surgical "
                + "candidate.", "MRI of the left knee", "2016-08-01", null);
        assertThat(verdictOf(d, "surgery is being considered")).as(explain(d)).isNotEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void theSameWordsInTheVisitDocumentTheCriterion() {
        Draft d = draft("The patient is a 38-year-old female who twisted her left knee at work on 06/06/2016. She has "
                + "medial knee pain and locking, and 6 sessions of physical therapy did not help. On 07/25/2016 the "
                + "surgeon found her a surgical candidate if a tear is confirmed. The MRI of the left knee was "
                + "non-certified on 08/01/2016.", "MRI of the left knee", "2016-08-01", null);
        assertThat(verdictOf(d, "surgery is being considered")).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    private static final String SHOULDER = "The injured worker is a 56-year-old carpenter who injured his right "
            + "shoulder on 02/22/2016 lifting plywood overhead. Physical therapy for 8 weeks, a subacromial injection "
            + "and naproxen did not help. On 05/09/2016 he had a positive drop arm sign and external rotation weakness "
            + "3/5; the surgeon suspects a full-thickness rotator cuff tear and plans a repair. ";

    @Test
    void aStudyTheReviewerNonCertifiedWasNotDone() {
        Draft d = draft(SHOULDER + "The shoulder MRI was non-certified on 05/17/2016.", "MRI of the right shoulder",
                "2016-05-17", null);
        assertThat(conclusion(d, REPEAT_MRI)).as(explain(d)).isEqualTo(RecommendationTrace.Conclusion.DOES_NOT_APPLY);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void aStudyDoneBeforeStillMakesTheRequestARepeat() {
        Draft d = draft(SHOULDER + "An MRI of the right shoulder was performed on 03/01/2016 and was read as normal. "
                + "A repeat shoulder MRI was non-certified on 05/17/2016.", "MRI of the right shoulder", "2016-05-17",
                null);
        assertThat(conclusion(d, REPEAT_MRI)).as(explain(d)).isNotEqualTo(RecommendationTrace.Conclusion.DOES_NOT_APPLY);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    // ------------------------------------------------------------------------- the physician's own sentences

    @Test
    void whatThePhysicianDocumentedBeforeAndRequestedIsStated() {
        Draft d = draft(LUMBAR_HISTORY + "On 08/03/2016 the physician documented progressive neurological deficit and "
                + "requested an MRI of the lumbar spine.", "MRI of the lumbar spine", "2016-08-10", null);
        assertThat(verdictOf(d, RED_FLAG)).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(conclusion(d, REPEAT_MRI)).as(explain(d)).isEqualTo(RecommendationTrace.Conclusion.DOES_NOT_APPLY);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void weaknessThatProgressedToAFootDropIsAProgressiveDeficit() {
        Draft d = draft(LUMBAR_HISTORY + "On 07/06/2016 left EHL strength was 4/5. On 08/03/2016 the weakness had "
                + "progressed to 3/5, with a new foot drop.", "MRI of the lumbar spine", "2016-08-10", null);
        assertThat(verdictOf(d, RED_FLAG)).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void noNewWeaknessAndNoFootDropIsNoProgressiveDeficit() {
        Draft d = draft(LUMBAR_HISTORY + "On 08/03/2016 there was no worsening weakness and no new foot drop; "
                + "strength, sensation and reflexes were normal.", "MRI of the lumbar spine", "2016-08-10", null);
        assertThat(verdictOf(d, RED_FLAG)).as(explain(d)).isNotEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void aSpineSurgeryReferralDependingOnTheResultIsSurgeryConsidered() {
        Draft d = draft(LUMBAR_HISTORY + "Physical therapy and ibuprofen did not help. On 08/03/2016 he had a positive "
                + "straight leg raise on the left, an absent left ankle reflex and decreased sensation in the left S1 "
                + "dermatome. The physician requested an MRI of the lumbar spine, with a spine surgery referral "
                + "depending on the results.", "MRI of the lumbar spine", "2016-08-10", null);
        assertThat(verdictOf(d, "surgery is being considered")).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void findingsAStudyMayShowAreNotItsFindings() {
        Draft d = draft(LUMBAR_HISTORY + "Physical therapy and ibuprofen did not help. On 08/03/2016 he had a positive "
                + "straight leg raise on the left and an absent left ankle reflex. The physician requested an MRI of the "
                + "lumbar spine; he would consider surgery if a surgical lesion is found, and an epidural injection "
                + "otherwise.", "MRI of the lumbar spine",
                "2016-08-10", null);
        assertThat(conclusion(d, REPEAT_MRI)).as(explain(d)).isEqualTo(RecommendationTrace.Conclusion.DOES_NOT_APPLY);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void findingsAStudyShowedMakeItAStudyDone() {
        Draft d = draft(LUMBAR_HISTORY + "An MRI of the lumbar spine on 06/01/2016 found a small L5-S1 disc protrusion; "
                + "he would consider surgery.", "MRI of the lumbar spine", "2016-08-10", null);
        assertThat(conclusion(d, REPEAT_MRI)).as(explain(d)).isNotEqualTo(RecommendationTrace.Conclusion.DOES_NOT_APPLY);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    // ------------------------------------------------------------------------- a TENS trial over two sentences

    private static final String TENS_HISTORY = "The injured worker is a 48-year-old clerk with chronic low back pain "
            + "since an injury on 02/10/2014. Physical therapy and NSAIDs did not relieve her pain. She continues her "
            + "home exercise program daily. A one-month home TENS "
            + "trial was completed from 07/01/2016 to 08/01/2016 as an adjunct to her exercise program. ";
    private static final String TRIAL = "a successful 1 month trial";

    @Test
    void theUnitOfATrialNamedJustBeforeIsTheTensUnit() {
        Draft d = draft(TENS_HISTORY + "On 08/08/2016 she reported using the unit twice a day; her pain decreased from "
                + "7/10 to 4/10 and she can now walk 30 minutes instead of 10.", "TENS unit purchase", "2016-08-15", null);
        assertThat(verdictOf(d, TRIAL)).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void aUnitThatDidNotHelpIsNoSuccessfulTrial() {
        Draft d = draft(TENS_HISTORY + "On 08/08/2016 she reported that the unit did not help her pain.",
                "TENS unit purchase", "2016-08-15", null);
        assertThat(verdictOf(d, TRIAL)).as(explain(d)).isNotEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void aUnitFarFromAnyStimulationIsNotATensTrial() {
        Draft d = draft("The injured worker is a 48-year-old clerk with chronic low back pain since an injury on "
                + "02/10/2014. A TENS unit was discussed. She continues her home exercise program daily. She takes "
                + "tramadol. She lives alone. On 08/08/2016 she reported that the hot pack unit helped her pain.",
                "TENS unit purchase", "2016-08-15", null);
        assertThat(verdictOf(d, TRIAL)).as(explain(d)).isNotEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }
}
