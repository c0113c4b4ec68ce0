package org.openimr.reviewers;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a reviewer is named outside the organization: an opaque reference made for one case (e.g.
 * {@code RR-5f0c2a9e41b7d3c8a06e1f22}). It reveals neither the name nor the panel id, and references of the same
 * reviewer on two cases differ, so they cannot be linked; the organization, holding the {@link AttestationKey},
 * can show which reviewer a reference denotes (e.g. to the WCAB on an appeal).
 */
public record ReviewerReference(String value) {

    private static final Pattern FORM = Pattern.compile("RR-[0-9a-f]{24}");

    public ReviewerReference {
        Objects.requireNonNull(value, "reviewer reference");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a reviewer reference (RR- and 24 hex digits): " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
