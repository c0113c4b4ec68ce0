package org.openimr.library;

import java.time.LocalDate;
import java.util.List;

/**
 * Figures over the whole library: outcome rates per item by request category, by the guideline the reviewer
 * cited and by reviewer specialty, and the days between the dates a letter states.
 */
public record AnalyticsReport(Totals totals, List<OutcomeRate> byCategory, List<OutcomeRate> byGuideline,
        List<OutcomeRate> bySpecialty, List<Interval> intervals) {

    public AnalyticsReport {
        byCategory = List.copyOf(byCategory);
        byGuideline = List.copyOf(byGuideline);
        bySpecialty = List.copyOf(bySpecialty);
        intervals = List.copyOf(intervals);
    }

    /**
     * @param demoLetters letters of the synthetic demo library (invented examples)
     * @param overturnedPercent items overturned, in percent of all items (0 for an empty library)
     */
    public record Totals(long letters, long items, long upheld, long overturned, double overturnedPercent,
            LocalDate firstDecision, LocalDate lastDecision, long demoLetters) {
    }

    /** Items of one group and their outcomes; {@code overturnedPercent} of {@code items}. */
    public record OutcomeRate(String label, long items, long upheld, long overturned, double overturnedPercent) {

        static OutcomeRate of(String label, long upheld, long overturned) {
            long items = upheld + overturned;
            return new OutcomeRate(label, items, upheld, overturned, percent(overturned, items));
        }
    }

    /**
     * Days between two dates of a letter, over the letters that state both.
     *
     * @param name    what is measured, e.g. "UR denial to application received"
     * @param letters how many letters state both dates; the figures are null when none does
     */
    public record Interval(String name, long letters, Integer minDays, Double medianDays, Double meanDays,
            Integer maxDays) {
    }

    static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }
}
