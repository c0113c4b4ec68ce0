package org.openimr.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.openimr.casefile.Texts.extract;

import org.junit.jupiter.api.Test;

/**
 * Examination results written as a sign on the test ("+SLR", "-SLR B") or as "nl" read as the words "positive",
 * "negative" and "normal" do. Synthetic texts, written for OpenIMR.
 */
class NeurologicalSignsInShorthandTest {

    @Test
    void aMinusSignOnTheStraightLegRaiseIsANegativeTest() {
        assertThat(extract("Exam: TTP L/S, -SLR B.").neurologicalFindings())
                .extracting(NeurologicalFinding::test, NeurologicalFinding::assertion)
                .containsExactly(tuple(NeurologicalFinding.Test.STRAIGHT_LEG_RAISE, Assertion.NEGATED));
    }

    @Test
    void aPlusSignOnTheStraightLegRaiseIsAPositiveTestWhateverCueFollows() {
        assertThat(extract("Exam: +SLR L at 40 deg, otherwise normal.").neurologicalFindings())
                .extracting(NeurologicalFinding::test, NeurologicalFinding::assertion)
                .containsExactly(tuple(NeurologicalFinding.Test.STRAIGHT_LEG_RAISE, Assertion.AFFIRMED));
    }

    @Test
    void sensationReflexesAndStrengthNlAreNormal() {
        assertThat(extract("Exam: sensation/reflexes/strength nl.").neurologicalFindings())
                .extracting(NeurologicalFinding::test, NeurologicalFinding::assertion)
                .containsExactlyInAnyOrder(tuple(NeurologicalFinding.Test.SENSORY_DEFICIT, Assertion.NEGATED),
                        tuple(NeurologicalFinding.Test.REFLEX_CHANGE, Assertion.NEGATED),
                        tuple(NeurologicalFinding.Test.MOTOR_WEAKNESS, Assertion.NEGATED));
    }

    @Test
    void theHyphenOfASpinalLevelIsNoSign() {
        assertThat(extract("Exam: decreased sensation L4-5 dermatome.").neurologicalFindings())
                .extracting(NeurologicalFinding::test, NeurologicalFinding::assertion)
                .containsExactly(tuple(NeurologicalFinding.Test.SENSORY_DEFICIT, Assertion.AFFIRMED));
    }
}
