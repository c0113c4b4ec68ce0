package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;
import static org.openimr.determination.Drafts.missing;

import org.junit.jupiter.api.Test;

/**
 * Where a rule is written for the very item requested (a walking aid, a CPM device, a COX-2 selective NSAID), it
 * decides; the general rule for every request of its kind gives way, and what that general rule would want documented
 * changes nothing, so the draft does not ask for it.
 */
class RuleWrittenForTheItemTest {

    private static final String AFTER_KNEE_REPLACEMENT = "He injured his right knee at work on 03/02/2015 and underwent a "
            + "right total knee arthroplasty on 09/20/2016. Flexion is limited to 60 degrees.";

    @Test
    void aWalkerUpheldByTheWalkingAidsRuleAsksOnlyForWhatThatRuleWants() {
        Draft d = draft(AFTER_KNEE_REPLACEMENT, "Front wheeled walker", "2016-09-22", null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
        assertThat(missing(d)).contains("walking is impaired").doesNotContain("Medicare", "medical need");
        assertThat(d.trace().steps()).anyMatch(s -> s.startsWith("Durable medical equipment, written for every "
                + "request of its kind, gives way"));
    }

    @Test
    void aCpmDeviceAfterAKneeReplacementIsDecidedByItsOwnRule() {
        Draft met = draft(AFTER_KNEE_REPLACEMENT + " He is unable to bear full weight.",
                "CPM machine rental for 14 days, right knee", "2016-09-22", null);
        assertThat(met.outcome()).as(explain(met)).isEqualTo(DraftOutcome.OVERTURNED);
        assertThat(met.citationText()).contains("Continuous passive motion (CPM)");
        assertThat(met.missingDocumentation()).isEmpty();

        Draft notAtRisk = draft(AFTER_KNEE_REPLACEMENT + " He walks the hallway with a cane.",
                "CPM machine rental for 14 days, right knee", "2016-09-22", null);
        assertThat(notAtRisk.outcome()).as(explain(notAtRisk)).isEqualTo(DraftOutcome.UPHELD);
        assertThat(missing(notAtRisk)).contains("stiff knee").doesNotContain("Medicare");
    }

    @Test
    void aCelecoxibRequestNeedsAGiRiskFactorBesideTheNsaidIndication() {
        String record = "Diagnoses: osteoarthritis of the right knee in a 52-year-old cashier. Knee pain is 6/10 on "
                + "stairs. Medications: tramadol 50 mg twice a day.";
        Draft noRisk = draft(record, "Celebrex 200 mg #30", "2016-09-01", "2015-06-01");
        assertThat(noRisk.outcome()).as(explain(noRisk)).isEqualTo(DraftOutcome.UPHELD);
        assertThat(noRisk.citationText()).contains("NSAIDs, GI symptoms & cardiovascular risk");

        Draft onWarfarin = draft(record.replace("tramadol 50 mg twice a day", "tramadol 50 mg twice a day and warfarin "
                + "5 mg daily"), "Celebrex 200 mg #30", "2016-09-01", "2015-06-01");
        assertThat(onWarfarin.outcome()).as(explain(onWarfarin)).isEqualTo(DraftOutcome.OVERTURNED);

        // a non-selective NSAID for the same patient is not held to the COX-2 rule
        Draft naproxen = draft(record, "Naproxen 550 mg #60", "2016-09-01", "2015-06-01");
        assertThat(naproxen.outcome()).as(explain(naproxen)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void aClauseIsQuotedOnceAndAStatedAgeAsksForNothing() {
        Draft d = draft("Diagnoses: lumbar strain with chronic low back pain at 5/10. He is a 44-year-old warehouse worker "
                + "with no history of peptic ulcer, GI bleeding or perforation. Current medications: Norco 5/325 mg twice "
                + "a day and gabapentin 300 mg at bedtime. He denies dyspepsia, heartburn or stomach upset.",
                "Celebrex 200 mg #30", "2016-09-01", "2015-06-01");
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
        // the longest phrase of the clause stands for its shorter ones
        assertThat(d.rationale()).contains("\"no history of peptic ulcer, GI bleeding or perforation\"")
                .doesNotContain("\"no history of peptic ulcer\"", "\"no history of peptic ulcer, GI bleeding\"");
        // the age is stated and misses the rule: no documentation changes it
        assertThat(missing(d)).doesNotContain("age").contains("peptic ulcer");
    }
}
