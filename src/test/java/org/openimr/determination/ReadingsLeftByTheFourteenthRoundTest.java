package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.explain;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openimr.casefile.Assertion;
import org.openimr.casefile.CaseDocument;
import org.openimr.casefile.ClinicalFactExtractor;
import org.openimr.casefile.DocumentType;
import org.openimr.casefile.NeurologicalFinding;

/**
 * Readings the fourteenth round left (docs/engine-evaluation.md, s12-fixa and s12-fixc "Left"), each beside its guard:
 * the near record that must still come out as before. Synthetic records written for this test in our own words.
 */
class ReadingsLeftByTheFourteenthRoundTest {

    // ------------------------------------------------------------------ 1. an equivocal sign of another visit or side

    private static final String PACKER = "A 44 year old female packer hurt her low back lifting a case on 01/12/2016. "
            + "She completed PT x 12 and takes naproxen. ";
    private static final String CLEAR_EXAM = "On 05/03/2016 she had a positive R SLR at 40 degrees, an absent R ankle "
            + "reflex and decreased sensation in the R S1 dermatome; the physician diagnosed R S1 radiculopathy and "
            + "requested EMG/NCV of both legs. UR non-certified it on 05/12/2016.";
    private static final String EMG = "EMG/NCV bilateral lower extremities";
    private static final String SUMMARY = "Low Back Complaints 2004, Section(s): Summary";

    @Test
    void anEquivocalSignOfAnOlderVisitOrTheOtherSideLeavesTheLatestClearExamObvious() {
        for (String record : new String[] {
                PACKER + "At a visit on 02/20/2016 the SLR was equivocal on the R. " + CLEAR_EXAM,
                PACKER + "Initially the SLR was questionable on the R. " + CLEAR_EXAM,
                PACKER + "On 05/03/2016 she had a positive R SLR at 40 degrees, an absent R ankle reflex and decreased "
                        + "sensation in the R S1 dermatome; the L SLR was equivocal. The physician diagnosed R S1 "
                        + "radiculopathy and requested EMG/NCV of both legs. UR non-certified it on 05/12/2016."}) {
            Draft d = Drafts.assertSafe(record, EMG, "2016-05-12", "2016-01-12");
            assertThat(d.citationText()).as(explain(d)).contains(SUMMARY);
        }
    }

    @Test
    void anEquivocalSignOfTheLatestExamOfTheSideStillLeavesTheRadiculopathyOpen() {
        // guard: the latest visit is the equivocal one, the clear findings are older
        Drafts.assertOverturned(PACKER + "On 02/20/2016 she had a positive R SLR, an absent R ankle reflex and decreased sensation "
                + "in the R S1 dermatome, and R S1 radiculopathy was diagnosed. On 05/03/2016 the R SLR was equivocal "
                + "and the physician requested EMG/NCV of both legs to clarify the picture. UR non-certified it on "
                + "05/12/2016.", EMG, "2016-05-12", "2016-01-12");
        // guard: the same exam leaves the same side equivocal
        Drafts.assertOverturned(PACKER + "On 05/03/2016 she had a positive R SLR at 40 degrees and decreased sensation in the R S1 "
                + "dermatome, and the SLR was equivocal on the R with hamstring tightness; the physician diagnosed R "
                + "S1 radiculopathy and requested EMG/NCV of both legs. UR non-certified it on 05/12/2016.", EMG,
                "2016-05-12", "2016-01-12");
    }

    @Test
    void anEquivocalLegRaiseTakesNoResultFromTheNextSentence() {
        String text = "At a visit on 02/20/2016 the SLR was equivocal on the R. On 05/03/2016 she had a positive "
                + "Patrick's test.";
        var facts = ClinicalFactExtractor.standard().extract(new CaseDocument("record", DocumentType.OTHER,
                Optional.empty(), Optional.empty(), text));
        assertThat(facts.neurologicalFindings()).noneMatch(f -> f.test() == NeurologicalFinding.Test.STRAIGHT_LEG_RAISE
                && f.assertion() == Assertion.AFFIRMED);
        // guard: a leg raise with its own result stays read
        var plain = ClinicalFactExtractor.standard().extract(new CaseDocument("record", DocumentType.OTHER,
                Optional.empty(), Optional.empty(), "On 05/03/2016 the R SLR was positive at 40 degrees."));
        assertThat(plain.neurologicalFindings()).anyMatch(f -> f.test() == NeurologicalFinding.Test.STRAIGHT_LEG_RAISE
                && f.assertion() == Assertion.AFFIRMED);
    }

    // ------------------------------------------------------------------ 2. a duration of another part

    private static final String SHOULDER = "A 55 year old male warehouse worker hurt his right shoulder pulling a "
            + "pallet on 04/04/2016. %s The right shoulder MRI of 05/02/2016 showed a full thickness supraspinatus tear "
            + "with retraction. He did a home exercise program and 6 sessions of PT without regaining strength or "
            + "motion. The physician requested an orthopedic surgical consultation for the right shoulder. UR "
            + "non-certified it on 05/24/2016.";
    private static final String CONSULT = "Orthopedic surgeon consultation, right shoulder";

    @Test
    void aDurationOfAnotherPartMakesNoNewInjuryChronic() {
        for (String other : new String[] {
                "He has had low back pain for 7 years from an earlier claim.",
                "He also reports neck pain for the past 3 years."}) {
            Draft d = Drafts.assertSafe(String.format(SHOULDER, other), CONSULT, "2016-05-24");
            assertThat(d.rationale()).as(explain(d)).doesNotContain("years");
        }
    }

    @Test
    void aDurationOfTheRequestedPartStillDatesTheOnset() {
        // guard: shoulder pain that predates the injury is the shoulder's own onset
        Drafts.assertOverturned(String.format(SHOULDER, "He has had right shoulder pain for 7 months, long before the pallet "
                + "injury."), CONSULT, "2016-05-24", null);
    }

    // ------------------------------------------------------------------ 3. an unclear etiology of another problem

    private static final String CAREGIVER = "A 39 year old female caregiver injured her right knee kneeling on "
            + "02/08/2016. She completed 8 sessions of PT and takes meloxicam; the knee still aches with stairs. On "
            + "06/06/2016 the right knee had mild effusion and full motion; McMurray's was negative. %s The physician "
            + "requested a consultation for the right knee. UR non-certified it on 06/15/2016.";
    private static final String REFERRAL = "Consultation with a physiatrist for the right knee";

    @Test
    void anUnclearEtiologyOfAnotherPartIsNoUncertainDiagnosisOfTheKnee() {
        Drafts.assertSafe(String.format(CAREGIVER, "She also has neck pain from a fall at home, and its etiology is "
                + "unclear."), REFERRAL, "2016-06-15");
        // guard: the knee's own unclear etiology still supports the referral
        Drafts.assertOverturned(String.format(CAREGIVER, "The right knee still aches, and the etiology is unclear."),
                REFERRAL, "2016-06-15", null);
    }
}
