package org.openimr.reviewers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How well a reviewer's specialties fit the disputed items of a case, from 0 (no specialty of the reviewer is known
 * to decide such items) to 1 (the specialty that decided most items of each kind), with the reason per item.
 */
public record SpecialtyFit(double score, List<ItemFit> items) {

    /**
     * The fit for one item: through which specialty, and on which entry of the table.
     *
     * @param via         the reviewer's specialty that fits best; empty when none fits
     * @param decided     how many items of the entry that specialty decided in the seed letters
     * @param entryItems  how many items the entry holds
     * @param entry       the entry, e.g. "Diagnostic Testing / Imaging / lumbar spine" or "all requests"
     */
    public record ItemFit(DisputedItemKind kind, double fit, Optional<Specialty> via, int decided, int entryItems,
            String entry) {

        static ItemFit none(DisputedItemKind kind) {
            return new ItemFit(kind, 0, Optional.empty(), 0, 0, "");
        }

        /** "0.83 Occupational Medicine, 5 of 6 items of Diagnostic Testing / Imaging / lumbar spine". */
        public String reason() {
            return via.map(s -> String.format(Locale.ROOT, "%.2f %s, %d of %d items of %s", fit, s.name(), decided,
                    entryItems, entry)).orElse("no specialty of the reviewer decided such items");
        }
    }

    public SpecialtyFit {
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("a fit is between 0 and 1: " + score);
        }
        items = List.copyOf(items);
    }

    /** One reason per kind of item: "Diagnostic Testing / Imaging / lumbar spine: 1.00 Occupational Medicine, ...". */
    public List<String> reasons() {
        Map<DisputedItemKind, String> byKind = new LinkedHashMap<>();
        for (ItemFit item : items) {
            byKind.putIfAbsent(item.kind(), item.kind().describe() + ": " + item.reason());
        }
        return new ArrayList<>(byKind.values());
    }

    /** "specialty fit 0.83 (Diagnostic Testing / Imaging / lumbar spine: ...)". */
    public String explanation() {
        List<String> reasons = reasons();
        return String.format(Locale.ROOT, "specialty fit %.2f", score)
                + (reasons.isEmpty() ? "" : " (" + String.join("; ", reasons) + ")");
    }
}
