package org.openimr.casefile;

import java.util.Objects;
import java.util.Optional;

import org.openimr.shared.BodyRegion;
import org.openimr.shared.Side;

/**
 * A neurological finding or symptom. {@link Assertion#AFFIRMED} means the test is positive or the deficit present
 * ("positive straight leg raise on the left", "decreased sensation in the L5 dermatome", "4/5 strength");
 * {@link Assertion#NEGATED} means negative or absent ("negative straight leg raise", "sensation intact",
 * "5/5 motor strength", "denies numbness").
 *
 * @param level a spinal level or dermatome named with it ("L5", "C6-7", "L5-S1")
 * @param region the part of the body the finding is of, where the text says it: the spine of a root level named with
 *     it (C6: cervical, L5 or S1: lumbar), a limb word near it ("weakness of the left EHL": lower extremity, "numbness
 *     in the hands": upper extremity), or the test itself (straight leg raise: lumbar spine, Spurling's: cervical
 *     spine, Tinel's and Phalen's: the wrist unless the elbow or ankle is named). Empty when the text does not say.
 */
public record NeurologicalFinding(Test test, Assertion assertion, Optional<Side> side, Optional<String> level,
        Optional<BodyRegion> region, Span span) implements ClinicalFact {

    public enum Test {
        STRAIGHT_LEG_RAISE, SENSORY_DEFICIT, REFLEX_CHANGE, MOTOR_WEAKNESS, SPURLING, TINEL, PHALEN,
        /** The symptom: numbness, tingling, paresthesias. */
        NUMBNESS
    }

    public NeurologicalFinding {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(assertion, "assertion");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(span, "span");
    }

    public boolean positive() {
        return assertion == Assertion.AFFIRMED;
    }
}
