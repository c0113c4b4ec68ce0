package org.openimr.cases;

import java.util.Optional;

/** A ten-digit North American phone number, kept as digits; written (916) 555-0100. */
public record PhoneNumber(String digits) {

    public PhoneNumber {
        problem(digits).ifPresent(p -> {
            throw new IllegalArgumentException("phone number " + p);
        });
        digits = normalise(digits);
    }

    public static PhoneNumber of(String text) {
        return new PhoneNumber(text);
    }

    /** What is wrong with a phone number as typed, if anything. */
    static Optional<String> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("is missing");
        }
        String digits = normalise(text);
        return digits.length() == 10 && text.matches("[0-9()+.\\-\\s]+") ? Optional.empty()
                : Optional.of("\"" + text + "\" is not a 10-digit phone number");
    }

    private static String normalise(String text) {
        String digits = text.replaceAll("\\D", "");
        return digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
    }

    @Override
    public String toString() {
        return "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
    }
}
