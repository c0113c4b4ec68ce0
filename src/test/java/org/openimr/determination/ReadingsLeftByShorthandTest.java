package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;
import static org.openimr.determination.Drafts.verdictOf;

import org.junit.jupiter.api.Test;

/**
 * Criteria a record meets in words the shorthand round left unread, in full sentences and in shorthand; beside each, a
 * record that misses the criterion stays upheld. Synthetic records, written for OpenIMR.
 */
class ReadingsLeftByShorthandTest {

    private static final String DATE = "2016-10-15";

    // ------------------------------------------------------------------------------- red flags for fracture (Table 12-1)

    @Test
    void aFallFromALadderIsARedFlagForFractureOfTheSpine() {
        Draft d = draft("The patient is a 58-year-old carpenter who fell from a ladder at work on 9/20/16, landing on his "
                + "back. He complains of low back pain rated 7/10. There is midline lumbar tenderness. He is "
                + "neurologically intact.", "X-ray lumbar spine", DATE, null);
        assertThat(verdictOf(d, "a red flag")).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void minorTraumaInAnOsteoporoticPatientIsARedFlagForFracture() {
        Draft d = draft("67 y/o F w/ h/o osteoporosis, slipped and fell on wet floor at work 9/25/16. c/o LBP 8/10. "
                + "Exam: midline TTP L2. Neuro intact.", "XR L/S", DATE, null);
        assertThat(verdictOf(d, "a red flag")).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void aLiftingStrainWithoutTraumaOrOsteoporosisHasNoRedFlag() {
        Draft d = draft("38 y/o M, lifting injury 3/2/16. No fall. c/o chronic LBP 5/10 w/o radiation. Exam: "
                + "paraspinal TTP, neuro intact.", "XR L/S", DATE, null);
        assertThat(verdictOf(d, "a red flag")).as(explain(d)).isNotEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void aFallFromALadderIsNoneOfTheOttawaKneeRules() {
        Draft d = draft("58 y/o M, fell from ladder 9/20/16. c/o R knee pain 5/10. Exam: R knee full ROM, no effusion, "
                + "ambulates w/o assistance.", "XR R knee", DATE, null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    // ------------------------------------------------------------------------------- an operation planned

    private static final String COLD_UNIT = "Cold therapy unit, 7 day rental";
    private static final String SURGERY_CONSIDERED = "surgery is being considered";

    @Test
    void aKneeScopeScheduledInShorthandIsAnOperationPlanned() {
        Draft d = draft("44 y/o F, R knee MMT on MRI 8/1/16. Scheduled for R knee scope 10/20/16, authorized. Req cold "
                + "unit x7 days post-op.", COLD_UNIT, DATE, null);
        assertThat(verdictOf(d, SURGERY_CONSIDERED)).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void anArthroscopyScheduledInFullSentencesIsAnOperationPlanned() {
        Draft d = draft("The patient is a 44-year-old female with a right knee medial meniscus tear. She is scheduled for "
                + "right knee arthroscopy on 10/20/16. The surgery has been authorized.", COLD_UNIT, DATE, null);
        assertThat(verdictOf(d, SURGERY_CONSIDERED)).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void surgeryDiscussedThatThePatientDeclinesIsNoOperationPlanned() {
        Draft d = draft("44 y/o F, R knee MMT on MRI 8/1/16. Surgery was discussed but the patient declines. Req cold "
                + "unit x7 days.", COLD_UNIT, DATE, null);
        // the turned-down offer hides the discussion ("surgery was discussed but the patient declines")
        assertThat(verdictOf(d, SURGERY_CONSIDERED)).as(explain(d)).isNotEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void aPatientWhoIsNotASurgicalCandidateHasNoOperationPlanned() {
        Draft d = draft("58 y/o F, R knee OA. Pt declined surgery, not a surgical candidate. Req cold unit x7 days.",
                COLD_UNIT, DATE, null);
        assertThat(verdictOf(d, SURGERY_CONSIDERED)).as(explain(d)).isNotEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    // ------------------------------------------------------------------------------- no radiculopathy in shorthand

    private static final String MEDIAL_BRANCH_BLOCKS = "Bilateral L4-5, L5-S1 medial branch blocks";
    private static final String RADICULOPATHY_ABSENT = "radiculopathy is absent";
    private static final String FACET_CASE = "52 y/o M, DOI 2/3/15. c/o axial LBP 7/10 %s x 18 mos. Exam: TTP over L4-5 "
            + "and L5-S1 facets, pain w/ lumbar extension. %s Failed PT x12, NSAIDs, HEP. No prior fusion.";

    @Test
    void painWithoutRadiationInShorthandIsNoRadiculopathy() {
        Draft d = draft(FACET_CASE.formatted("w/o radiation", ""), MEDIAL_BRANCH_BLOCKS, DATE, null);
        assertThat(verdictOf(d, RADICULOPATHY_ABSENT)).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void aNegativeStraightLegRaiseAndANormalExaminationInShorthandAreNoRadiculopathy() {
        Draft d = draft(FACET_CASE.formatted("", "-SLR B, sensation/reflexes/strength nl."), MEDIAL_BRANCH_BLOCKS, DATE,
                null);
        assertThat(verdictOf(d, RADICULOPATHY_ABSENT)).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void aStraightLegRaiseNegativeBilaterallyIsNoRadiculopathy() {
        Draft d = draft(FACET_CASE.formatted("", "SLR negative bilaterally."), MEDIAL_BRANCH_BLOCKS, DATE, null);
        assertThat(verdictOf(d, RADICULOPATHY_ABSENT)).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void radiatingPainElsewhereInTheRecordWinsOverANormalExamination() {
        Draft d = draft(FACET_CASE.formatted("radiating down the L leg to the foot",
                "-SLR B, sensation/reflexes/strength nl."), MEDIAL_BRANCH_BLOCKS, DATE, null);
        assertThat(verdictOf(d, RADICULOPATHY_ABSENT)).as(explain(d)).isEqualTo(Verdict.NOT_MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void aDiagnosedRadiculopathyWinsOverANegativeStraightLegRaise() {
        Draft d = draft("41 y/o F, DOI 8/20/16. c/o LBP 6/10. Exam: paraspinal spasm, -SLR B. Dx: L5 radiculopathy. No "
                + "prior chiro. Modified duty.", "Chiropractic 2x/wk x 3 wks lumbar spine", DATE, null);
        assertThat(verdictOf(d, RADICULOPATHY_ABSENT)).as(explain(d)).isEqualTo(Verdict.NOT_MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void chiropracticForBackPainWithoutRadiationInShorthandIsSupported() {
        Draft d = draft("41 y/o F, DOI 8/20/16. c/o LBP 6/10 w/o radiation. Exam: paraspinal spasm, decreased lumbar "
                + "ROM. Dx: lumbar sprain/strain. No prior chiro. Modified duty.",
                "Chiropractic 2x/wk x 3 wks lumbar spine", DATE, null);
        assertThat(verdictOf(d, RADICULOPATHY_ABSENT)).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    // ------------------------------------------------------------------------------- a referral for the consultant's care

    private static final String PAIN_CONSULT = "Pain management consultation";
    private static final String FOR_SPECIALIST_CARE = "the referral is for care the consultant gives";

    @Test
    void aReferralForMedicationManagementAndAnEpiduralInShorthandNeedsTheConsultant() {
        Draft d = draft("48 y/o M, DOI 4/2/15. c/o chronic LBP 7/10 radiating to L leg. On Norco 10/325 TID, gabapentin. "
                + "Failed PT x12, chiro x6. Ref to pain mgmt for med mgmt and consideration of ESI.", PAIN_CONSULT, DATE,
                null);
        assertThat(verdictOf(d, FOR_SPECIALIST_CARE)).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void aConsultationTheRecordRequestsForPossibleInjectionsNeedsTheConsultant() {
        Draft d = draft("The patient is a 48-year-old male with chronic low back pain radiating to the left leg. He failed "
                + "physical therapy and chiropractic care. The provider requests a pain management consultation for "
                + "possible injections.", PAIN_CONSULT, DATE, null);
        assertThat(verdictOf(d, FOR_SPECIALIST_CARE)).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void aReferralThatNamesNoPurposeDoesNotNeedTheConsultant() {
        Draft d = draft("48 y/o M, DOI 4/2/15. c/o chronic LBP 3/10, stable. On ibuprofen prn. Working full duty. Ref to "
                + "pain mgmt.", PAIN_CONSULT, DATE, null);
        assertThat(verdictOf(d, FOR_SPECIALIST_CARE)).as(explain(d)).isNotEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void aPurposeOnlyTheRequestStatesIsNotDocumentedByTheRecord() {
        Draft d = draft("48 y/o M, DOI 4/2/15. c/o chronic LBP 3/10, stable. On ibuprofen prn. Working full duty.",
                "Pain management consultation for possible injections", DATE, null);
        assertThat(d.interpreted().kind()).as(explain(d)).contains(org.openimr.guidelines.RequestKind.CONSULTATION);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }
}
