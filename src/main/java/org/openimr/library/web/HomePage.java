package org.openimr.library.web;

import java.util.List;

import org.openimr.library.AnalyticsReport;

/** The home page: what IMR and OpenIMR are, a search box, headline figures, categories to browse. */
public record HomePage(AnalyticsReport.Totals totals, List<CategoryLink> categories) {

    /** A request category with its number of decisions and the search that lists them. */
    public record CategoryLink(String label, long count, String url) {
    }

    static HomePage of(AnalyticsReport report) {
        return new HomePage(report.totals(), report.byCategory().stream()
                .map(c -> new CategoryLink(c.label(), c.items(),
                        Links.withParameters("/decisions", java.util.Map.of("category", List.of(c.label())))))
                .toList());
    }
}
