package org.openimr.reviewers;

import java.util.List;

/**
 * How well a reviewer's specialties fit the disputed items of a case, from 0 (no specialty of the reviewer is known
 * to decide such items) to 1 (the specialty that decided most items of each kind), with the reason per item kind.
 */
public record SpecialtyFit(double score, List<String> reasons) {

    public SpecialtyFit {
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("a fit is between 0 and 1: " + score);
        }
        reasons = List.copyOf(reasons);
    }

    /** "specialty fit 0.83 (Diagnostic Testing / Imaging / lumbar spine: ...)". */
    public String explanation() {
        return String.format(java.util.Locale.ROOT, "specialty fit %.2f", score)
                + (reasons.isEmpty() ? "" : " (" + String.join("; ", reasons) + ")");
    }
}
