package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import org.junit.jupiter.api.Test;

/**
 * What a review of the tenth round found wrong (issue 3): NSAID switches and gels taken for a second NSAID, a stop
 * that reached past "and continue", any abdominal pain read as dyspepsia from the NSAID, an undocumented "any of"
 * that asked for what it then showed not met, and documentation offered against a refusal no documentation changes.
 * Synthetic records written for this test.
 */
class SecondReviewOfTheTenthRoundTest {

    private static final String DATE = "2016-06-20";
    private static final String INJURY = "2015-01-10";
    private static final String BACK = "Progress report of 06/01/2016. Diagnoses: lumbar strain. A 45-year-old clerk has "
            + "had low back pain since a work injury, 6/10. The lumbar paraspinal muscles are tender; the neurologic "
            + "examination is normal. ";

    @Test
    void anNsaidThePlanStopsIsNoSecondNsaidBesideItsReplacement() {
        Draft d = draft(BACK + "Medications: naproxen 550 mg twice daily. Plan: discontinue naproxen and start "
                + "meloxicam.", "Meloxicam 15 mg #30", DATE, INJURY);
        assertThat(d.trace().recommendations()).as(explain(d))
                .noneMatch(r -> r.id().endsWith("second-nsaid") && r.conclusion() == RecommendationTrace.Conclusion.NOT_RECOMMENDED);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void anNsaidThePlanChangesToAnotherIsNoSecondNsaid() {
        Draft d = draft(BACK + "Medications: naproxen 550 mg twice daily. Plan: change naproxen to meloxicam.",
                "Meloxicam 15 mg #30", DATE, INJURY);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void aPlanToContinueTheHomeExercisesSaysThePatientDoesThem() {
        Draft d = draft("PROGRESS REPORT\nDiagnoses: Lumbar strain.\nSubjective: A 45-year-old clerk has low back pain "
                + "since a work injury.\nObjective: Paraspinal tenderness; neurologic examination normal.\nPlan: "
                + "Continue home exercise program. Massage therapy 6 sessions.", "Massage therapy 6 sessions", DATE,
                INJURY);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        assertThat(d.rationale()).contains("Documented - the patient does a home exercise program now");
    }

    @Test
    void aGelIsNoSecondNsaidBesideATablet() {
        Draft gel = draft(BACK + "Medications: diclofenac 1% gel applied to the low back.", "Naproxen 550 mg #60",
                DATE, INJURY);
        assertThat(gel.outcome()).as(explain(gel)).isEqualTo(DraftOutcome.OVERTURNED);
        Draft tablets = draft(BACK + "Medications: diclofenac 75 mg twice daily.", "Naproxen 550 mg #60", DATE,
                INJURY);
        assertThat(tablets.outcome()).as(explain(tablets)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void aStopEndsAtAndContinue() {
        Draft d = draft(BACK + "Medications: discontinue tramadol and continue naproxen 550 mg twice daily.",
                "Omeprazole 20 mg #30", DATE, INJURY);
        assertThat(d.rationale()).as(explain(d)).contains("Documented - current use of nsaid")
                .doesNotContain("does not document current use");
    }

    @Test
    void abdominalPainFromAHerniaIsNoDyspepsiaFromTheNsaid() {
        Draft d = draft(BACK + "He has abdominal pain from an inguinal hernia. Medications: naproxen 550 mg twice daily.",
                "Omeprazole 20 mg #30", DATE, INJURY);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
        Draft upset = draft(BACK + "Naproxen 550 mg twice daily gives him GI upset.", "Omeprazole 20 mg #30", DATE,
                INJURY);
        assertThat(upset.outcome()).as(explain(upset)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void anUndocumentedAnyOfAsksOnlyForWhatTheRecordLeavesOpen() {
        Draft d = draft(BACK + "He denies GI upset. No history of ulcer. Medications: naproxen 550 mg twice daily.",
                "Omeprazole 20 mg #30", DATE, INJURY);
        assertThat(d.rationale()).as(explain(d)).contains("Not met - age at least 66: the patient is 45 years old")
                .doesNotContain("does not document the patient's age");
        assertThat(Drafts.missing(d)).doesNotContain("age");
    }

    @Test
    void aRefusalWhateverTheRecordSaysOffersNoDocumentation() {
        Draft d = draft("Myofascial pain of the trapezius for 6 months with trigger points, a twitch response and "
                + "referred pain.", "Trigger point injections x 4 with saline", DATE, INJURY);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
        assertThat(d.missingDocumentation()).as(explain(d)).isEmpty();
    }
}
