package org.openimr.reviewers;

import java.util.Objects;

/**
 * What kind of request a disputed item is, as specialty fit sees it: the DWC category and subcategory (e.g.
 * Diagnostic Testing / Imaging) and the body region.
 *
 * @param subcategory the DWC subcategory or drug class, e.g. "Imaging", "Opioids"; "" when none applies
 */
public record DisputedItemKind(RequestCategory category, String subcategory, BodyRegion region) {

    public DisputedItemKind {
        Objects.requireNonNull(category, "category");
        subcategory = subcategory == null ? "" : subcategory.strip();
        Objects.requireNonNull(region, "region");
    }

    public static DisputedItemKind of(RequestCategory category, String subcategory, BodyRegion region) {
        return new DisputedItemKind(category, subcategory, region);
    }

    /** "Diagnostic Testing / Imaging / lumbar spine". */
    public String describe() {
        return category.label() + (subcategory.isEmpty() ? "" : " / " + subcategory) + " / " + region.phrase();
    }

    @Override
    public String toString() {
        return describe();
    }
}
