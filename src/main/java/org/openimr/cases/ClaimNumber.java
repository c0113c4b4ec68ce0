package org.openimr.cases;

/** The claims administrator's claim number, as written on the application (its shape varies by administrator). */
public record ClaimNumber(String value) {

    public ClaimNumber {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("claim number is missing");
        }
        value = value.strip();
    }

    /** The same claim, ignoring case, spaces and punctuation. */
    public boolean sameAs(ClaimNumber other) {
        return Normalized.same(value, other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
