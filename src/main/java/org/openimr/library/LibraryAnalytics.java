package org.openimr.library;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Outcome rates and intervals over the whole library. The figures change only when the library does, so they are
 * computed once per library version and kept.
 */
@Component
public class LibraryAnalytics {

    private final JdbcClient jdbc;
    private final LetterStore store;
    private final AtomicReference<Cached> cache = new AtomicReference<>();

    private record Cached(long version, AnalyticsReport report) {
    }

    LibraryAnalytics(JdbcClient jdbc, LetterStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    public AnalyticsReport report() {
        long version = store.version();
        Cached cached = cache.get();
        if (cached != null && cached.version() == version) {
            return cached.report();
        }
        AnalyticsReport report = new AnalyticsReport(totals(), rates("category"), rates("""
                CASE rv_basis WHEN 'MTUS' THEN 'MTUS ' || coalesce(rv_guideline, '(guideline not named)')
                                               || coalesce(' ' || rv_edition, '')
                              WHEN 'NON_MTUS' THEN 'Outside the MTUS only'
                              ELSE 'No medical evidence cited' END"""), specialties(), intervals());
        cache.set(new Cached(version, report));
        return report;
    }

    private AnalyticsReport.Totals totals() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM library_letter) AS letters,
                       (SELECT count(*) FROM library_letter WHERE source_name LIKE 'demo/%') AS demo,
                       count(*) FILTER (WHERE outcome = 'UPHELD') AS upheld,
                       count(*) FILTER (WHERE outcome = 'OVERTURNED') AS overturned,
                       min(decision_date) AS first, max(decision_date) AS last
                FROM library_item""").query((rs, n) -> {
                    long upheld = rs.getLong("upheld");
                    long overturned = rs.getLong("overturned");
                    return new AnalyticsReport.Totals(rs.getLong("letters"), upheld + overturned, upheld, overturned,
                            AnalyticsReport.percent(overturned, upheld + overturned),
                            rs.getObject("first", LocalDate.class), rs.getObject("last", LocalDate.class),
                            rs.getLong("demo"));
                }).single();
    }

    /** Outcome counts grouped by an expression over library_item, largest group first. */
    private List<AnalyticsReport.OutcomeRate> rates(String group) {
        return jdbc.sql("""
                SELECT %s AS label, count(*) FILTER (WHERE outcome = 'UPHELD') AS upheld,
                       count(*) FILTER (WHERE outcome = 'OVERTURNED') AS overturned
                FROM library_item GROUP BY 1 ORDER BY count(*) DESC, 1""".formatted(group))
                .query((rs, n) -> AnalyticsReport.OutcomeRate.of(rs.getString("label"), rs.getLong("upheld"),
                        rs.getLong("overturned")))
                .list();
    }

    private List<AnalyticsReport.OutcomeRate> specialties() {
        return jdbc.sql("""
                SELECT s AS label, count(*) FILTER (WHERE outcome = 'UPHELD') AS upheld,
                       count(*) FILTER (WHERE outcome = 'OVERTURNED') AS overturned
                FROM library_item, unnest(specialties) s GROUP BY s ORDER BY count(*) DESC, s""")
                .query((rs, n) -> AnalyticsReport.OutcomeRate.of(rs.getString("label"), rs.getLong("upheld"),
                        rs.getLong("overturned")))
                .list();
    }

    private List<AnalyticsReport.Interval> intervals() {
        return List.of(interval("UR denial to application received", "ur_denial_date", "application_received"),
                interval("Application received to reviewer assigned", "application_received", "date_assigned"),
                interval("Reviewer assigned to decision", "date_assigned", "decision_date"));
    }

    private AnalyticsReport.Interval interval(String name, String from, String to) {
        return jdbc.sql("""
                SELECT count(d) AS letters, min(d) AS min, percentile_cont(0.5) WITHIN GROUP (ORDER BY d) AS median,
                       avg(d)::float8 AS mean, max(d) AS max
                FROM (SELECT %s - %s AS d FROM library_letter WHERE %s IS NOT NULL AND %s IS NOT NULL) days"""
                .formatted(to, from, from, to))
                .query((rs, n) -> {
                    long letters = rs.getLong("letters");
                    return letters == 0 ? new AnalyticsReport.Interval(name, 0, null, null, null, null)
                            : new AnalyticsReport.Interval(name, letters, rs.getInt("min"),
                                    round(rs.getDouble("median")), round(rs.getDouble("mean")), rs.getInt("max"));
                }).single();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
