package org.openimr.shared;

import java.util.Objects;

/**
 * Where a disputed request falls in the DWC treatment-request taxonomy (reference/imr-process.md §1.13): a category
 * such as "Diagnostic Testing" and, for the categories that have them, a subcategory such as "EMG/NCV/NCS". A value
 * every module may hold (the library counts decisions by it, reviewers match specialties by it); the determination
 * module's {@code RequestInterpreter} is the one place that classifies a request's text into it.
 *
 * @param subcategory null for a category without subcategories (Home Health, Transportation)
 */
public record RequestCategory(String category, String subcategory) {

    /** The result when no rule of the taxonomy matches a request. */
    public static final RequestCategory UNCLASSIFIED = new RequestCategory("Other", "Unclassified");

    public RequestCategory {
        Objects.requireNonNull(category, "category");
        if (category.isBlank()) {
            throw new IllegalArgumentException("a request category needs a name");
        }
        if (subcategory != null && subcategory.isBlank()) {
            subcategory = null;
        }
    }

    public boolean isUnclassified() {
        return equals(UNCLASSIFIED);
    }

    /** "Diagnostic Testing / EMG/NCV/NCS", or the category alone when it has no subcategory. */
    public String label() {
        return subcategory == null ? category : category + " / " + subcategory;
    }

    @Override
    public String toString() {
        return label();
    }
}
