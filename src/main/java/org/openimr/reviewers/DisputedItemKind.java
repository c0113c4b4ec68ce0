package org.openimr.reviewers;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.openimr.shared.BodyRegion;
import org.openimr.shared.RequestCategory;

/**
 * What kind of request a disputed item is, as specialty fit sees it: the DWC category and subcategory (e.g.
 * Diagnostic Testing / Imaging) and the body regions it names. The case classifies its items (with the determination
 * module's request interpreter, the one classifier of OpenIMR) and hands the kinds over; this module never reads a
 * request's text.
 *
 * @param regions the body regions the request names, in text order; empty when it names none (most drugs)
 */
public record DisputedItemKind(RequestCategory category, List<BodyRegion> regions) {

    /** The region key of an item naming no region. */
    public static final String UNSPECIFIED = "UNSPECIFIED";
    /** The region key of an item naming several parts of the spine. */
    public static final String SPINE = "SPINE";
    /** The region key of an item naming parts of the body outside one group. */
    public static final String MULTIPLE = "MULTIPLE";

    public DisputedItemKind {
        Objects.requireNonNull(category, "category");
        regions = List.copyOf(regions.stream().distinct().toList());
    }

    public static DisputedItemKind of(RequestCategory category, BodyRegion... regions) {
        return new DisputedItemKind(category, List.of(regions));
    }

    public static DisputedItemKind of(String category, String subcategory, BodyRegion... regions) {
        return of(new RequestCategory(category, subcategory), regions);
    }

    /** The subcategory, "" when the category has none. */
    public String subcategory() {
        return category.subcategory() == null ? "" : category.subcategory();
    }

    /**
     * The region as the specialty fit table keys it: the one region's name, {@link #SPINE} for several parts of the
     * spine, {@link #MULTIPLE} for parts of different groups, {@link #UNSPECIFIED} for none.
     */
    public String regionKey() {
        if (regions.isEmpty()) {
            return UNSPECIFIED;
        }
        if (regions.size() == 1) {
            return regions.get(0).name();
        }
        return regions.stream().allMatch(BodyRegion::isSpine) ? SPINE : MULTIPLE;
    }

    /** The phrase of a region key: "lumbar spine", "several parts of the body". */
    static String regionPhrase(String key) {
        return switch (key) {
            case UNSPECIFIED -> "no region stated";
            case SPINE -> "spine";
            case MULTIPLE -> "several parts of the body";
            default -> BodyRegion.valueOf(key).phrase();
        };
    }

    /** Whether a region key is one the table may use. */
    static boolean isRegionKey(String key) {
        return key.equals(UNSPECIFIED) || key.equals(SPINE) || key.equals(MULTIPLE)
                || java.util.Arrays.stream(BodyRegion.values()).anyMatch(r -> r.name().equals(key));
    }

    /** "Diagnostic Testing / Imaging / lumbar spine". */
    public String describe() {
        return category.label() + " / " + (regions.isEmpty() ? regionPhrase(UNSPECIFIED)
                : regions.stream().map(BodyRegion::phrase).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return describe();
    }
}
