package org.openimr.casefile;

import java.util.Objects;

/** A single value as the record states it (age, sex, date of injury), with where it says so. */
public record Stated<T>(T value, Span span) implements ClinicalFact {

    public Stated {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
    }
}
