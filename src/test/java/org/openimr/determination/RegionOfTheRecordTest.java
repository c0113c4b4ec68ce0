package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A request that names no body region is judged by the regions the record affirms now, not by one its history names,
 * and a rule refusing a treatment for some regions applies only when the record's regions are all among them.
 * Synthetic records.
 */
class RegionOfTheRecordTest {

    private static final String BACK_WITH_OLD_KNEE_OPERATION = "He has chronic low back pain, 6/10, since lifting "
            + "boxes at work. He is status post right knee arthroscopy in 2012. Diagnoses: lumbar strain, lumbar disc "
            + "protrusion. He takes naproxen.";

    private static final String KNEE_ONLY = "She has chronic right knee pain, 5/10, since a fall at work. "
            + "Diagnosis: right knee sprain. She takes naproxen.";

    private static final String BACK_AND_KNEE = "He has chronic low back pain and right knee pain since a fall at "
            + "work. Diagnoses: lumbar strain, right knee sprain. He takes naproxen.";

    @Test
    void aKneeNamedOnlyInTheHistoryDoesNotMakeChiropracticCareForTheKnee() {
        Draft d = Drafts.draft(BACK_WITH_OLD_KNEE_OPERATION, "Chiropractic manipulation 6 visits", "2016-11-01",
                "2014-03-15");
        assertThat(d.citationText()).as(Drafts.explain(d)).contains("Manual therapy & manipulation");
        assertThat(d.rationale()).doesNotContain("Not recommended for the ankle and foot");
    }

    @Test
    void aRefusalForSomeRegionsAppliesWhenEveryRegionOfTheRecordIsOneOfThem() {
        Draft knee = Drafts.draft(KNEE_ONLY, "Chiropractic manipulation 6 visits", "2016-11-01", "2014-03-15");
        assertThat(knee.outcome()).isEqualTo(DraftOutcome.UPHELD);
        assertThat(knee.rationale()).contains("Not recommended for the ankle and foot");

        Draft kneeAndLeg = Drafts.draft("She has chronic right knee pain with pain down the right leg since a fall at "
                + "work. Diagnosis: right knee sprain. She takes naproxen.", "Chiropractic manipulation x 6",
                "2016-11-01", "2014-03-15");
        assertThat(kneeAndLeg.outcome()).as(Drafts.explain(kneeAndLeg)).isEqualTo(DraftOutcome.UPHELD);
        assertThat(kneeAndLeg.rationale()).contains("Not recommended for the ankle and foot");

        Draft both = Drafts.draft(BACK_AND_KNEE, "Chiropractic manipulation 6 visits", "2016-11-01", "2014-03-15");
        assertThat(both.rationale()).as(Drafts.explain(both)).doesNotContain("Not recommended for the ankle and foot");
        // the draft says why the refusal did not decide
        assertThat(both.trace().steps()).anyMatch(s -> s.startsWith("The request names no body region and the record "
                + "affirms knee, lumbar spine; it is judged as care of a region the guideline allows it for, so "
                + "Manipulation of the ankle, foot, wrist, hand, forearm or knee"));
    }
}
