package org.openimr.library.web;

import java.util.List;

import org.openimr.library.AnalyticsReport;

/** The analytics page: charts of outcome rates and intervals, each followed by its table. */
public record AnalyticsPage(AnalyticsReport report, BarChart byCategory, BarChart byGuideline, BarChart bySpecialty,
        BarChart intervals, List<AnalyticsReport.OutcomeRate> specialtiesTable) {

    /** Specialties with fewer items than this are left out of the chart (their rates say little); the table has all. */
    static final int MIN_ITEMS_CHARTED = 3;
    static final int MAX_BARS = 20;

    static AnalyticsPage of(AnalyticsReport r) {
        return new AnalyticsPage(r,
                BarChart.percents("chart-category", "Share of disputed items overturned, by request category",
                        "share overturned", bars(r.byCategory(), 0)),
                BarChart.percents("chart-guideline", "Share of disputed items overturned, by the guideline the"
                        + " reviewer cited", "share overturned", bars(r.byGuideline(), 0)),
                BarChart.percents("chart-specialty", "Share of disputed items overturned, by reviewer specialty"
                        + " (the " + MAX_BARS + " specialties with the most items)", "share overturned",
                        bars(r.bySpecialty(), MIN_ITEMS_CHARTED)),
                BarChart.days("chart-intervals", "Median days between the dates of a letter",
                        r.intervals().stream().filter(i -> i.medianDays() != null)
                                .map(i -> new BarChart.Bar(i.name(), i.medianDays(), days(i.medianDays()))).toList()),
                r.bySpecialty());
    }

    private static List<BarChart.Bar> bars(List<AnalyticsReport.OutcomeRate> rates, int minItems) {
        return rates.stream().filter(x -> x.items() >= minItems).limit(MAX_BARS)
                .map(x -> new BarChart.Bar(x.label(), x.overturnedPercent(),
                        Text.percent(x.overturnedPercent()) + " of " + Text.number(x.items())))
                .toList();
    }

    public static String days(Double d) {
        if (d == null) {
            return "\u2013";
        }
        return (d == Math.rint(d) ? Long.toString(d.longValue()) : String.format(java.util.Locale.US, "%.1f", d))
                + (d == 1 ? " day" : " days");
    }

    public static String days(Integer d) {
        return d == null ? "\u2013" : days((double) d);
    }
}
