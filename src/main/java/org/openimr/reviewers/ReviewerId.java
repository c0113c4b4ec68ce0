package org.openimr.reviewers;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The organization's own identifier of a panel reviewer, e.g. {@code R-000123}. It is opaque: it must not be made
 * from the reviewer's name, license or NPI. It is internal to the organization; what leaves it (an attestation in
 * an appeal) is a {@link ReviewerReference}.
 */
public record ReviewerId(String value) implements Comparable<ReviewerId> {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public ReviewerId {
        Objects.requireNonNull(value, "reviewer id");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a reviewer id (letters, digits, '.', '_', '-', at most 64): " + value);
        }
    }

    public static ReviewerId of(String value) {
        return new ReviewerId(value);
    }

    @Override
    public int compareTo(ReviewerId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
