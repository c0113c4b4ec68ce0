package org.openimr.cases;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ICD-10-CM diagnosis code, e.g. M54.5 or S33.5XXA: a letter, a digit, a digit or letter, then optionally a dot and
 * one to four letters or digits. Only the shape is checked, not that the code exists in the code set. Written without
 * its dot ("S335XXA") it is accepted and given one.
 */
public record Icd10Code(String value) {

    private static final Pattern SHAPE = Pattern.compile("([A-Z][0-9][0-9A-Z])\\.?([0-9A-Z]{1,4})?");
    private static final Pattern ICD9 = Pattern.compile("(\\d{3}|V\\d{2}|E\\d{3})(\\.\\d{1,2})?");

    public Icd10Code {
        problem(value).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        value = normalise(value);
    }

    public static Icd10Code of(String text) {
        return new Icd10Code(text);
    }

    /** What is wrong with a code as typed, if anything: a plain-language message. */
    static Optional<String> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("is missing");
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (SHAPE.matcher(code).matches()) {
            return Optional.empty();
        }
        if (ICD9.matcher(code).matches()) {
            return Optional.of("\"" + text.strip() + "\" looks like an ICD-9 code; an ICD-10 code is needed "
                    + "(a letter, then a digit, e.g. M54.5)");
        }
        return Optional.of("\"" + text.strip() + "\" is not an ICD-10 code (a letter, a digit, a digit or letter, "
                + "then optionally a dot and up to 4 more, e.g. M54.5 or S33.5XXA)");
    }

    private static String normalise(String text) {
        Matcher m = SHAPE.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalStateException(text);
        }
        return m.group(2) == null ? m.group(1) : m.group(1) + "." + m.group(2);
    }

    @Override
    public String toString() {
        return value;
    }
}
