package org.openimr.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.openimr.casefile.NeurologicalFinding.Test.MOTOR_WEAKNESS;
import static org.openimr.casefile.NeurologicalFinding.Test.NUMBNESS;
import static org.openimr.casefile.NeurologicalFinding.Test.PHALEN;
import static org.openimr.casefile.NeurologicalFinding.Test.REFLEX_CHANGE;
import static org.openimr.casefile.NeurologicalFinding.Test.SENSORY_DEFICIT;
import static org.openimr.casefile.NeurologicalFinding.Test.SPURLING;
import static org.openimr.casefile.NeurologicalFinding.Test.STRAIGHT_LEG_RAISE;
import static org.openimr.casefile.NeurologicalFinding.Test.TINEL;
import static org.openimr.casefile.Texts.extract;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openimr.shared.BodyRegion;

/** The part of the body a neurological finding is of: a root level, a limb word near it, or the test itself. */
class NeurologicalFindingRegionTest {

    @Test
    void aRootLevelGivesTheSpineItLeavesFrom() {
        assertThat(extract("There is decreased sensation in the left L5 dermatome. Sensation is diminished in the "
                + "right C6 distribution. Reflexes are 1+ at S1.").neurologicalFindings())
                .extracting(NeurologicalFinding::test, NeurologicalFinding::assertion, NeurologicalFinding::region)
                .containsExactly(
                        tuple(SENSORY_DEFICIT, Assertion.AFFIRMED, Optional.of(BodyRegion.LUMBAR_SPINE)),
                        tuple(SENSORY_DEFICIT, Assertion.AFFIRMED, Optional.of(BodyRegion.CERVICAL_SPINE)),
                        tuple(REFLEX_CHANGE, Assertion.AFFIRMED, Optional.of(BodyRegion.LUMBAR_SPINE)));
    }

    @Test
    void aMedianNerveDistributionIsOfTheWristNotOfTheWholeArm() {
        assertThat(extract("There is decreased sensation in the median nerve distribution of the right hand. "
                + "Sensation is decreased in the right hand.").neurologicalFindings())
                .extracting(NeurologicalFinding::test, NeurologicalFinding::region)
                .containsExactly(
                        tuple(SENSORY_DEFICIT, Optional.of(BodyRegion.FOREARM_WRIST_AND_HAND)),
                        tuple(SENSORY_DEFICIT, Optional.of(BodyRegion.UPPER_EXTREMITY)));
    }

    @Test
    void aLimbWordNearTheFindingGivesItsLimb() {
        assertThat(extract("He has weakness of the left EHL. Motor strength is 4/5 in the right hand. Numbness in "
                + "both feet. Ankle reflexes are absent. Grip strength is 4/5.").neurologicalFindings())
                .extracting(NeurologicalFinding::test, NeurologicalFinding::region)
                .containsExactly(
                        tuple(MOTOR_WEAKNESS, Optional.of(BodyRegion.LOWER_EXTREMITY)),
                        tuple(MOTOR_WEAKNESS, Optional.of(BodyRegion.UPPER_EXTREMITY)),
                        tuple(NUMBNESS, Optional.of(BodyRegion.LOWER_EXTREMITY)),
                        tuple(REFLEX_CHANGE, Optional.of(BodyRegion.LOWER_EXTREMITY)),
                        tuple(MOTOR_WEAKNESS, Optional.of(BodyRegion.UPPER_EXTREMITY)));
    }

    @Test
    void eachFindingOfASentenceTakesTheWordOfItsOwnClause() {
        assertThat(extract("There is weakness in the left hand and decreased sensation in the L4 dermatome.")
                .neurologicalFindings())
                .extracting(NeurologicalFinding::test, NeurologicalFinding::region)
                .containsExactly(
                        tuple(MOTOR_WEAKNESS, Optional.of(BodyRegion.UPPER_EXTREMITY)),
                        tuple(SENSORY_DEFICIT, Optional.of(BodyRegion.LUMBAR_SPINE)));
    }

    @Test
    void provocativeTestsNameTheirRegion() {
        assertThat(extract("Straight leg raise is positive on the left. Spurling's test is positive on the right. "
                + "Phalen's test is positive. Tinel's sign is positive at the right elbow. Tinel's sign is positive "
                + "at the ankle.").neurologicalFindings())
                .extracting(NeurologicalFinding::test, NeurologicalFinding::region)
                .containsExactly(
                        tuple(STRAIGHT_LEG_RAISE, Optional.of(BodyRegion.LUMBAR_SPINE)),
                        tuple(SPURLING, Optional.of(BodyRegion.CERVICAL_SPINE)),
                        tuple(PHALEN, Optional.of(BodyRegion.FOREARM_WRIST_AND_HAND)),
                        tuple(TINEL, Optional.of(BodyRegion.ELBOW)),
                        tuple(TINEL, Optional.of(BodyRegion.ANKLE_AND_FOOT)));
    }

    @Test
    void aNegatedFindingKeepsItsRegion() {
        assertThat(extract("She denies numbness in the hands. Sensation is intact in the lower extremities. "
                + "Negative straight leg raise.").neurologicalFindings())
                .extracting(NeurologicalFinding::test, NeurologicalFinding::assertion, NeurologicalFinding::region)
                .containsExactly(
                        tuple(NUMBNESS, Assertion.NEGATED, Optional.of(BodyRegion.UPPER_EXTREMITY)),
                        tuple(SENSORY_DEFICIT, Assertion.NEGATED, Optional.of(BodyRegion.LOWER_EXTREMITY)),
                        tuple(STRAIGHT_LEG_RAISE, Assertion.NEGATED, Optional.of(BodyRegion.LUMBAR_SPINE)));
    }

    @Test
    void aFindingWhoseTextNamesNoPartHasNoRegion() {
        assertThat(extract("On examination there is decreased sensation. Reflexes are 2+ and symmetric. The patient "
                + "reports numbness.").neurologicalFindings())
                .extracting(NeurologicalFinding::test, NeurologicalFinding::region)
                .containsExactly(
                        tuple(SENSORY_DEFICIT, Optional.<BodyRegion>empty()),
                        tuple(REFLEX_CHANGE, Optional.<BodyRegion>empty()),
                        tuple(NUMBNESS, Optional.<BodyRegion>empty()));
    }

    @Test
    void aLimbWordPastACommaBelongsToTheNextFinding() {
        assertThat(extract("Sensation is decreased, and there is weakness of the right thumb.").neurologicalFindings())
                .extracting(NeurologicalFinding::test, NeurologicalFinding::region)
                .containsExactly(
                        tuple(SENSORY_DEFICIT, Optional.<BodyRegion>empty()),
                        tuple(MOTOR_WEAKNESS, Optional.of(BodyRegion.UPPER_EXTREMITY)));
    }
}
