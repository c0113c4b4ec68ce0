package org.openimr.cases;

import java.util.Objects;

/** The result of checking input: a valid value, or every problem found. */
public sealed interface Validated<T> {

    record Valid<T>(T value) implements Validated<T> {
        public Valid {
            Objects.requireNonNull(value, "value");
        }
    }

    record Invalid<T>(ValidationProblems problems) implements Validated<T> {
        public Invalid {
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid result has at least one problem");
            }
        }
    }

    default boolean isValid() {
        return this instanceof Valid<T>;
    }

    /** The problems; none for a valid value. */
    default ValidationProblems problems() {
        return this instanceof Invalid<T> invalid ? invalid.problems() : ValidationProblems.none();
    }
}
