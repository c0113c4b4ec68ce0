package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;
import static org.openimr.determination.Drafts.verdictOf;

import org.junit.jupiter.api.Test;

/**
 * Readings the fourteenth round's batteries left wrong (docs/engine-evaluation.md, s12-left2), each beside its guard:
 * the near case that must still come out the safe way. Synthetic records written for this test (never a letter's text).
 */
class ReadingsLeftByTheBatteriesTest {

    // ------------------------------------------------------------------ a plan's label in the middle of a paragraph

    private static final String CHIROPRACTIC_TRIAL = "The injured worker is a 41 year old female cashier who injured "
            + "her low back on 02/10/2016 lifting a case of water. She has had PT x 8 and naproxen with partial relief, "
            + "and continues to have low back pain 6/10 without radiation. On 06/01/2016 she reported that she cannot "
            + "stand at the register more than 30 minutes. Exam: lumbar paraspinal tenderness, flexion limited to 50 "
            + "degrees, neuro intact. %s UR non-certified the request on 06/09/2016.";

    private static final String CHIROPRACTIC_REQUEST = "Chiropractic manipulation 2 times a week for 3 weeks";

    @Test
    void aRequestLabelInsideAParagraphIsPlannedCareNotCareGiven() {
        Draft d = draft(CHIROPRACTIC_TRIAL.formatted("Request: trial of chiropractic manipulation 3x2."),
                CHIROPRACTIC_REQUEST, "2016-06-09", "2016-02-10");
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        Draft plan = draft(CHIROPRACTIC_TRIAL.formatted("Plan: chiropractic manipulation 2x/wk x 3 wks."),
                CHIROPRACTIC_REQUEST, "2016-06-09", "2016-02-10");
        assertThat(plan.outcome()).as(explain(plan)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    // guard: manipulation already given, in a sentence of its own, is still a course given
    @Test
    void manipulationGivenBeforeAnInlinePlanStillCounts() {
        Draft d = draft(CHIROPRACTIC_TRIAL.formatted("Plan: continue home exercise. She completed chiropractic "
                + "manipulation x 6 in April 2016 without lasting benefit."),
                CHIROPRACTIC_REQUEST, "2016-06-09", "2016-02-10");
        assertThat(d.outcome()).as(explain(d)).isIn(DraftOutcome.UPHELD, DraftOutcome.REFER);
    }

    // guard: a word that is no plan's label ("Note:") leaves the care given as given
    @Test
    void anotherLabelInsideAParagraphChangesNothing() {
        Draft d = draft(CHIROPRACTIC_TRIAL.formatted("Note: she had chiropractic manipulation x 6 in April 2016."),
                CHIROPRACTIC_REQUEST, "2016-06-09", "2016-02-10");
        assertThat(d.outcome()).as(explain(d)).isIn(DraftOutcome.UPHELD, DraftOutcome.REFER);
    }

    // ------------------------------------------------------------------ an onset of symptoms written as a date

    @Test
    void painSinceAMonthIsAnOnsetForTheChronicPhase() {
        for (String since : new String[] {"01/2016", "January 2016", "01/04/2016", "2015"}) {
            Draft d = draft("The patient is a 52 year old male mechanic with low back pain since " + since
                    + ", treated with PT and ibuprofen.", "Physical therapy 6 sessions lumbar spine", "2016-08-20",
                    null);
            assertThat(d.trace().phase()).as(since + "\n" + explain(d)).startsWith("chronic");
        }
    }

    // guard: pain that is gone since a date, and a date after the request, give no onset
    @Test
    void painGoneSinceADateGivesNoOnset() {
        for (String record : new String[] {
            "The patient is a 52 year old male mechanic who has had no back pain since 01/2016 and now has knee pain.",
            "The patient is a 52 year old male mechanic, pain free since January 2016, with new knee pain.",
            "The patient is a 52 year old male mechanic with low back pain since 10/2016."}) {
            Draft d = draft(record, "Physical therapy 6 sessions", "2016-08-20", null);
            assertThat(d.trace().phase()).as(record + "\n" + explain(d)).doesNotStartWith("chronic");
        }
    }

    // ------------------------------------------------------------------ the reviewer's conditions in other words

    private static final String REVIEWERS_CONDITIONS = "The injured worker is a 38 year old male laborer who injured "
            + "his low back on 01/04/2016. He has had PT x 12 and chiropractic x 6 without lasting relief. On "
            + "05/16/2016 he reported back pain; the exam documented lumbar paraspinal tenderness and limited flexion. "
            + "The physician requested an MRI of the lumbar spine to consider surgery. UR denied the MRI on "
            + "05/24/2016; %s";

    @Test
    void theReviewersConditionsInOtherWordsAreNotTheRecordsFindings() {
        for (String reviewer : new String[] {
            "the UR reviewer wrote that an MRI is only supported when there is decreased sensation in a dermatome or a "
                    + "positive SLR, which were not documented.",
            "the UR reviewer wrote that an MRI would only be indicated if there were decreased sensation in a "
                    + "dermatome or a positive SLR.",
            "the reviewer stated that guidelines require decreased sensation in a dermatome or a positive SLR prior "
                    + "to imaging."}) {
            Draft d = draft(REVIEWERS_CONDITIONS.formatted(reviewer), "Lumbar MRI", "2016-05-24", "2016-01-04");
            assertThat(d.outcome()).as(reviewer + "\n" + explain(d)).isIn(DraftOutcome.UPHELD, DraftOutcome.REFER);
            assertThat(verdictOf(d, "unequivocal objective neurologic")).as(reviewer + "\n" + explain(d))
                    .isNotEqualTo(Verdict.MET);
        }
    }

    // guard: the examiner's own finding still counts beside the reviewer's conditions
    @Test
    void theExaminersOwnFindingCountsBesideTheReviewersOtherWords() {
        Draft d = draft("The injured worker is a 38 year old male laborer who injured his low back on 01/04/2016. "
                + "He has had PT x 12 and chiropractic x 6 without lasting relief. On 05/16/2016 the exam documented "
                + "decreased sensation in the L L5 dermatome and L EHL weakness 4/5, and he was referred to a spine "
                + "surgeon for possible decompression. UR denied the MRI on 05/24/2016; the UR reviewer wrote that an "
                + "MRI is only supported when there is a positive SLR, which was not documented.",
                "Lumbar MRI", "2016-05-24", "2016-01-04");
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }
}
