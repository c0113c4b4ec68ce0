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

    // ------------------------------------------------------------------ a gain the record credits to a TENS unit

    private static final String TENS_IN_USE = "The injured worker is a 49 year old male forklift driver with chronic "
            + "low back pain since an injury on 03/02/2014. He has had PT, chiropractic care and a home exercise "
            + "program. A TENS unit was issued after a 30 day trial in 2015. On 07/12/2016 he reported that he uses "
            + "the TENS unit daily; the TENS unit lowers his pain from 7/10 to 4/10%s. He takes Norco 10/325 twice a "
            + "day%s. The physician requested TENS electrodes and batteries for 3 months. UR non-certified the "
            + "supplies on 07/20/2016.";

    private static final String TENS_SUPPLIES = "TENS unit supplies: electrodes and batteries x 3 months";

    private static final String FROM_THE_TENS = "objective functional improvement from the earlier tens";

    @Test
    void anAbilityTheRecordCreditsToTheTensUnitIsItsFunctionalResult() {
        Draft d = draft(TENS_IN_USE.formatted(" and lets him do his home exercises and walk for 30 minutes", ""),
                TENS_SUPPLIES, "2016-07-20", "2014-03-02");
        assertThat(verdictOf(d, FROM_THE_TENS)).as(explain(d)).isEqualTo(Verdict.MET);
        // the device's gain is not the drug's
        Draft norco = draft(TENS_IN_USE.formatted(" and lets him do his home exercises and walk for 30 minutes", ""),
                "Norco 10/325 mg #60", "2016-07-20", "2014-03-02");
        assertThat(verdictOf(norco, "objective functional improvement from the earlier course")).as(explain(norco))
                .isNotEqualTo(Verdict.MET);
        assertThat(norco.outcome()).as(explain(norco)).isIn(DraftOutcome.UPHELD, DraftOutcome.REFER);
    }

    // guard: an ability the record credits to Norco is no result of the TENS unit
    @Test
    void anAbilityCreditedToNorcoIsNoResultOfTheTensUnit() {
        Draft d = draft(TENS_IN_USE.formatted("", "; with Norco he is able to walk 30 minutes and do his chores"),
                TENS_SUPPLIES, "2016-07-20", "2014-03-02");
        assertThat(verdictOf(d, FROM_THE_TENS)).as(explain(d)).isNotEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isIn(DraftOutcome.UPHELD, DraftOutcome.REFER);
    }
}
