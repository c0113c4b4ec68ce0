package org.openimr.cases;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A US postal address: street, city, two-letter state, ZIP code (5 digits or ZIP+4). */
public record PostalAddress(String street, String city, String state, String zip) {

    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");

    public PostalAddress {
        if (street == null || street.isBlank() || city == null || city.isBlank()) {
            throw new IllegalArgumentException("street and city are required");
        }
        street = street.strip();
        city = city.strip();
        state = state == null ? null : state.strip().toUpperCase(Locale.ROOT);
        zip = zip == null ? null : zip.strip();
        stateProblem(state).ifPresent(p -> {
            throw new IllegalArgumentException("state " + p);
        });
        zipProblem(zip).ifPresent(p -> {
            throw new IllegalArgumentException("ZIP code " + p);
        });
    }

    /** What is wrong with a state abbreviation, if anything. */
    static Optional<String> stateProblem(String state) {
        if (state == null || state.isBlank()) {
            return Optional.of("is missing");
        }
        return STATE.matcher(state.strip().toUpperCase(Locale.ROOT)).matches() ? Optional.empty()
                : Optional.of("\"" + state + "\" is not a two-letter state abbreviation such as CA");
    }

    /** What is wrong with a ZIP code, if anything. */
    static Optional<String> zipProblem(String zip) {
        if (zip == null || zip.isBlank()) {
            return Optional.of("is missing");
        }
        return ZIP.matcher(zip.strip()).matches() ? Optional.empty()
                : Optional.of("\"" + zip + "\" is not a ZIP code (5 digits, or ZIP+4 such as 95814-1234)");
    }

    /** The address as printed on an envelope, one line per element. */
    public String lines() {
        return street + "\n" + city + ", " + state + " " + zip;
    }
}
