package org.openimr.determination.internal;

import java.util.Locale;

import org.openimr.casefile.NeurologicalFinding;

/** A neurological finding in words: "decreased sensation on the left at L5", "a positive straight leg raise". */
final class NeuroWords {

    private NeuroWords() {
    }

    static String of(NeurologicalFinding f) {
        String test = switch (f.test()) {
            case STRAIGHT_LEG_RAISE -> "a positive straight leg raise";
            case SENSORY_DEFICIT -> "decreased sensation";
            case REFLEX_CHANGE -> "a reflex change";
            case MOTOR_WEAKNESS -> "weakness";
            case SPURLING -> "a positive Spurling's test";
            case TINEL -> "a positive Tinel's sign";
            case PHALEN -> "a positive Phalen's test";
            case NUMBNESS -> "numbness";
        };
        if (f.assertion() == org.openimr.casefile.Assertion.NEGATED) {
            test = switch (f.test()) {
                case STRAIGHT_LEG_RAISE -> "positive straight leg raise";
                case SPURLING -> "positive Spurling's test";
                case TINEL -> "positive Tinel's sign";
                case PHALEN -> "positive Phalen's test";
                case REFLEX_CHANGE -> "reflex change";
                default -> test;
            };
        }
        StringBuilder s = new StringBuilder(test);
        f.side().ifPresent(side -> s.append(" on the ").append(side.name().toLowerCase(Locale.ROOT)));
        f.level().ifPresent(level -> s.append(" at ").append(level));
        return s.toString();
    }
}
