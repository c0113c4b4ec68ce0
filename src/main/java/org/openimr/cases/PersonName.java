package org.openimr.cases;

import java.util.Objects;
import java.util.Optional;

/** A person's name as the application form asks for it: first name, middle initial (optional), last name. */
public record PersonName(String first, Optional<String> middleInitial, String last) {

    public PersonName {
        first = requireText(first, "first name");
        last = requireText(last, "last name");
        middleInitial = Objects.requireNonNull(middleInitial, "middleInitial").map(String::strip)
                .filter(s -> !s.isEmpty());
    }

    public static PersonName of(String first, String last) {
        return new PersonName(first, Optional.empty(), last);
    }

    /** "Maria L. Lopez". */
    public String fullName() {
        return first + middleInitial.map(mi -> " " + mi + (mi.endsWith(".") ? "" : ".")).orElse("") + " " + last;
    }

    /** True for the same first and last name, ignoring case, accents, spacing and punctuation. */
    public boolean sameAs(PersonName other) {
        return Normalized.same(first, other.first) && Normalized.same(last, other.last);
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return value.strip();
    }

    @Override
    public String toString() {
        return fullName();
    }
}
