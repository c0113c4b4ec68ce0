package org.openimr.cases;

import java.text.Normalizer;
import java.util.Locale;
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
        return key(first).equals(key(other.first)) && key(last).equals(key(other.last));
    }

    static String key(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
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
