package org.openimr.cases;

import java.util.Objects;
import java.util.Optional;

/** The diagnosis a disputed treatment is for: a description and, where practical, its ICD-10 code. */
public record Diagnosis(String description, Optional<Icd10Code> code) {

    public Diagnosis {
        description = description == null ? "" : description.strip();
        Objects.requireNonNull(code, "code");
        if (description.isEmpty() && code.isEmpty()) {
            throw new IllegalArgumentException("a diagnosis needs a description or a code");
        }
    }

    /** "Lumbar sprain (S33.5XXA)". */
    public String describe() {
        if (description.isEmpty()) {
            return code.orElseThrow().value();
        }
        return description + code.map(c -> " (" + c + ")").orElse("");
    }
}
