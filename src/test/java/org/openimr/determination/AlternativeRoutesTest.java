package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.missing;
import static org.openimr.determination.RecommendationKindsTest.assertOutcome;

import org.junit.jupiter.api.Test;

/**
 * Where the guideline gives two routes to the same treatment (framework.yaml {@code alternativeRoutes}), a record
 * meeting one route supports the request although it misses the other's entry criteria; the limits of every route
 * still apply, and when no route is met the draft names what each one lacks. Psychotherapy in the chronic phase under
 * CPMTG 2009: psychological treatment for a properly selected patient (pp. 101-102) or cognitive behavioural therapy
 * after physical medicine has not progressed (p. 23). Synthetic records.
 */
class AlternativeRoutesTest {

    private static final String INJURED = "2013-02-04";
    private static final String DECIDED = "2015-09-14";

    /** Psychosocial factors, and nothing about fear-avoidance or physical therapy. */
    private static final String PSYCHOSOCIAL = "Chronic low back pain since the injury. She reports anxiety and poor "
            + "mood about being off work and tension at home. She takes ibuprofen.";

    @Test
    void aRecordMeetingThePsychologicalTreatmentRouteSupportsPsychotherapy() {
        Draft d = draft(PSYCHOSOCIAL, "Psychotherapy 4 sessions", DECIDED, INJURED);
        assertOutcome(d, DraftOutcome.OVERTURNED);
        assertThat(d.citationText()).isEqualTo("Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 101-102.");
        assertThat(d.trace().steps()).anyMatch(s -> s.contains("alternative routes")
                && s.contains("Cognitive behavioural therapy for chronic pain"));
    }

    @Test
    void theLimitsOfEveryRouteStillApply() {
        Draft d = draft(PSYCHOSOCIAL, "Psychotherapy 12 sessions", DECIDED, INJURED);
        assertOutcome(d, DraftOutcome.UPHELD);
        assertThat(d.citationText()).isEqualTo("Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 23.");
        assertThat(d.rationale()).contains("limits of this section bind it too").doesNotContain("does not document fear");
        assertThat(missing(d)).doesNotContain("fear");
    }

    @Test
    void whenNoRouteIsMetTheDraftNamesWhatEachLacks() {
        Draft d = draft("Chronic low back pain, unchanged. She takes ibuprofen and walks daily.",
                "Psychotherapy 4 sessions", DECIDED, INJURED);
        assertOutcome(d, DraftOutcome.UPHELD);
        assertThat(missing(d)).contains("psychosocial", "fear");
        assertThat(d.rationale()).contains("Another route to this treatment");
    }
}
