package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.RecommendationKindsTest.assertOutcome;

import org.junit.jupiter.api.Test;

/**
 * Treatments the MTUS writes only in the Chronic Pain Medical Treatment Guidelines (aquatic therapy, behavioral
 * interventions, functional restoration programs) are judged by them when requested before the chronic phase, if
 * nothing written for the request's own phase addresses them (framework.yaml
 * {@code chronicGuidelinesBeforeChronicPhase}); the draft says so. The Opioid Treatment Guidelines are not borrowed
 * this way: their acute-pain section is not in the data. Synthetic records.
 */
class ChronicGuidelinesBeforeChronicPhaseTest {

    private static final String INJURED = "2016-09-01";
    /** 75 days after the injury: the subacute phase. */
    private static final String SUBACUTE = "2016-11-15";
    private static final String APPLIED = "only in its chronic pain guidelines";

    @Test
    void aquaticTherapyInTheSubacutePhaseIsJudgedByTheChronicPainGuidelines() {
        Draft d = draft("Low back pain after a fall at work. She weighs 330 pounds with a BMI of 52 (morbid obesity) "
                + "and cannot tolerate land-based exercise. No therapy so far.",
                "Aquatic therapy 6 sessions", SUBACUTE, INJURED);
        assertOutcome(d, DraftOutcome.OVERTURNED);
        assertThat(d.trace().phase()).startsWith("subacute");
        assertThat(d.citationText()).contains("Chronic Pain Medical Treatment 2016");
        assertThat(d.trace().steps()).anyMatch(s -> s.contains("No recommendation written for the subacute phase")
                && s.contains(APPLIED));
    }

    @Test
    void withoutTheConditionsTheChronicPainRuleUpholdsTheDenial() {
        Draft d = draft("Low back pain after a fall at work. No therapy so far. She takes ibuprofen.",
                "Aquatic therapy 6 sessions", SUBACUTE, INJURED);
        assertOutcome(d, DraftOutcome.UPHELD);
        assertThat(d.trace().recommendations()).anyMatch(r -> r.id().startsWith("cpmtg-2016.aquatic-therapy"));
        assertThat(Drafts.missing(d)).contains("reduced weight bearing");
    }

    @Test
    void psychotherapyInTheSubacutePhaseIsJudgedByBehavioralInterventions() {
        Draft d = draft("Neck pain after a lifting injury. Diagnosis: cervical strain. Screening shows "
                + "fear-avoidance beliefs. She completed 6 sessions of physical therapy without progress.",
                "Cognitive behavioral therapy 4 sessions", SUBACUTE, INJURED);
        assertOutcome(d, DraftOutcome.OVERTURNED);
        assertThat(d.citationText()).contains("Behavioral interventions");
        assertThat(d.trace().steps()).anyMatch(s -> s.contains(APPLIED));
    }

    @Test
    void anOpioidInTheAcutePhaseStillGoesToTheReviewer() {
        Draft d = draft("Low back pain after a fall at work ten days ago. She takes ibuprofen.",
                "Oxycodone 10 mg #120", "2016-09-11", INJURED);
        assertOutcome(d, DraftOutcome.REFER);
        assertThat(d.trace().steps()).noneMatch(s -> s.contains(APPLIED));
    }

    @Test
    void aRuleWrittenForTheRequestsOwnPhaseKeepsTheChronicPainRulesOut() {
        Draft d = draft("Low back pain after a fall at work. She has attended 6 sessions of physical therapy.",
                "Physical therapy 2 x 3 for the lumbar spine", SUBACUTE, INJURED);
        assertThat(d.outcome()).isNotEqualTo(DraftOutcome.REFER);
        assertThat(d.trace().recommendations()).noneMatch(r -> r.id().startsWith("cpmtg-"));
        assertThat(d.trace().steps()).noneMatch(s -> s.contains(APPLIED));
    }
}
