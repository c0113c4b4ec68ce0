package org.openimr.guidelines;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A numeric bound a recommendation sets: "9-10 visits over 8 weeks", "at most 120 mg MED a day", "no more than 4
 * blocks per region per year". A request is within the limit when what was already given plus what is requested
 * stays within {@code max}; limits sharing a {@code budget} (e.g. {@code physical_medicine}: PT, OT and aquatic
 * therapy) are counted together.
 *
 * @param quantity what is counted
 * @param min      the lower figure of a range the guideline gives ("9-10": 9), or null
 * @param max      the upper figure, the one a request is held to; null only for a pure minimum (e.g. hours a day)
 * @param over     the time the visits are spread over, or null
 * @param per      what the count is per, or null for the course
 * @param budget   the shared budget this limit counts against, or null
 * @param note     how the guideline qualifies the number
 */
public record Limit(LimitQuantity quantity, BigDecimal min, BigDecimal max, TimeSpan over, LimitScope per, String budget,
        String note) {

    public Limit {
        Objects.requireNonNull(quantity, "quantity");
        if (min == null && max == null) {
            throw new IllegalArgumentException("a limit needs min or max");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("limit min " + min + " is above max " + max);
        }
    }

    /** The upper figure as a whole number (visits, injections...). */
    public int maxAsInt() {
        if (max == null) {
            throw new IllegalStateException("limit has no max: " + this);
        }
        return max.intValueExact();
    }

    /** A unit for one: "visit" of "visits", "session a day" of "sessions a day". */
    private static String singular(String unit) {
        return unit.replaceFirst("^(\\p{L}+?)s\\b", "$1");
    }

    /** "9-10 visits over 8 weeks per course", "at most 120 mg MED a day". */
    public String describe() {
        StringBuilder s = new StringBuilder();
        if (min != null && max != null && min.compareTo(max) != 0) {
            s.append(min.toPlainString()).append('-').append(max.toPlainString());
        } else if (max != null) {
            s.append("at most ").append(max.toPlainString());
        } else {
            s.append("at least ").append(min.toPlainString());
        }
        BigDecimal only = min == null ? max : max == null || min.compareTo(max) == 0 ? min : null;
        s.append(' ').append(only != null && only.compareTo(BigDecimal.ONE) == 0 ? singular(quantity.unit())
                : quantity.unit());
        if (over != null) {
            s.append(" over ").append(over);
        }
        if (per != null) {
            s.append(" per ").append(per.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
