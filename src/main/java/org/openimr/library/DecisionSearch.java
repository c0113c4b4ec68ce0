package org.openimr.library;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicReference;

import org.openimr.shared.CitationBasis;
import org.openimr.shared.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Searches the disputed items of the library: PostgreSQL full text over request, rationale and case summary
 * ({@code websearch_to_tsquery}), facet filters, and each facet's counts under the other filters. Two statements
 * per search: one pass over the matching items counts the total and every facet, the other ranks and reads the
 * page.
 */
@Component
public class DecisionSearch {

    /** How many values of one facet a search returns at most (the most frequent). */
    public static final int MAX_FACET_VALUES = 60;

    private static final String MARK_START = "\uE000";
    private static final String MARK_END = "\uE001";
    private static final String HEADLINE_OPTIONS = "StartSel=" + MARK_START + ", StopSel=" + MARK_END
            + ", MaxFragments=2, MaxWords=28, MinWords=12, ShortWord=2, FragmentDelimiter=\" … \"";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final LetterStore store;
    private final AtomicReference<CachedFacets> unfiltered = new AtomicReference<>();

    DecisionSearch(JdbcClient jdbc, TransactionTemplate transactions, LetterStore store) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.store = store;
    }

    public SearchResults search(DecisionQuery query) {
        List<String> notices = new ArrayList<>();
        String text = query.text();
        if (text != null && !hasSearchableWords(text)) {
            notices.add("Your words \u201c" + text + "\u201d are too common to search for;"
                    + (query.hasFilters() ? " showing the decisions your filters give." : " showing all decisions."));
            text = null;
        }
        Page page = run(text, query);
        List<SearchResults.Hit> hits = page.keys().isEmpty() ? List.of() : details(page.keys(), page.text());
        return new SearchResults(query, page.total(), hits, selected(page.facets(), query), notices);
    }

    private boolean hasSearchableWords(String text) {
        return jdbc.sql("SELECT numnode(websearch_to_tsquery('english', :q)) > 0").param("q", text)
                .query(Boolean.class).single();
    }

    /** The item keys of a page in order, the total, the facet counts. */
    private record Page(String text, long total, List<ItemKey> keys, Map<Facet, List<SearchResults.FacetCount>> facets) {
    }

    private record ItemKey(long letterId, int itemIndex) {
    }

    private record CachedFacets(long version, long total, Map<Facet, List<SearchResults.FacetCount>> facets) {
    }

    private Page run(String text, DecisionQuery query) {
        Sql sql = new Sql(text, query);
        if (text == null && !query.hasFilters()) {
            CachedFacets all = unfilteredCounts();
            return new Page(null, all.total(), all.total() == 0 ? List.of() : newest(query), all.facets());
        }
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        List<ItemKey> keys = new ArrayList<>();
        long[] total = {0};
        readOnly(true, () -> sql.params(jdbc.sql(sql.countsAndPageStatement()))
                .param("limit", query.size())
                .param("offset", (query.page() - 1) * query.size())
                .query(rs -> {
                    String facet = rs.getString("facet");
                    if ("hit".equals(facet)) {
                        keys.add(new ItemKey(rs.getLong("letter_id"), rs.getInt("item_index")));
                    } else if ("total".equals(facet)) {
                        total[0] = rs.getLong("n");
                    } else {
                        String value = rs.getString("value");
                        long n = rs.getLong("n");
                        if (value != null && n > 0) {
                            counts.computeIfAbsent(Facet.byParameter(facet).orElseThrow(), f -> new HashMap<>())
                                    .put(value, n);
                        }
                    }
                }));
        Map<Facet, List<SearchResults.FacetCount>> facets = new EnumMap<>(facetLists(counts));
        if (sql.countedOverAll() != null) {
            // browsing by one filter: its own values are counted over the whole library
            facets.put(sql.countedOverAll(), unfilteredCounts().facets().getOrDefault(sql.countedOverAll(), List.of()));
        }
        return new Page(text, total[0], keys, facets);
    }

    /** The counts of the whole library change only when the library does: keep them until then. */
    private CachedFacets unfilteredCounts() {
        Sql sql = new Sql(null, DecisionQuery.all());
        long version = store.version();
        CachedFacets cached = unfiltered.get();
        if (cached != null && cached.version() == version) {
            return cached;
        }
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        long[] total = {0};
        readOnly(false, () -> sql.params(jdbc.sql(sql.countsAndPageStatement())).param("limit", 0).param("offset", 0)
                .query(rs -> {
                    String facet = rs.getString("facet");
                    if ("total".equals(facet)) {
                        total[0] = rs.getLong("n");
                    } else if (!"hit".equals(facet) && rs.getString("value") != null) {
                        counts.computeIfAbsent(Facet.byParameter(facet).orElseThrow(), f -> new HashMap<>())
                                .put(rs.getString("value"), rs.getLong("n"));
                    }
                }));
        CachedFacets fresh = new CachedFacets(version, total[0], facetLists(counts));
        unfiltered.set(fresh);
        return fresh;
    }

    /** Browsing everything: the newest items, straight from the index on the decision date. */
    private List<ItemKey> newest(DecisionQuery query) {
        return jdbc.sql("""
                SELECT letter_id, item_index FROM library_item
                ORDER BY decision_date DESC NULLS LAST, letter_id DESC, item_index
                LIMIT :limit OFFSET :offset""")
                .param("limit", query.size()).param("offset", (query.page() - 1) * query.size())
                .query((rs, n) -> new ItemKey(rs.getLong(1), rs.getInt(2))).list();
    }

    private static Map<Facet, List<SearchResults.FacetCount>> facetLists(Map<Facet, Map<String, Long>> counts) {
        Map<Facet, List<SearchResults.FacetCount>> facets = new EnumMap<>(Facet.class);
        counts.forEach((facet, values) -> facets.put(facet, values.entrySet().stream()
                .sorted(facetOrder(facet))
                .limit(MAX_FACET_VALUES)
                .map(e -> new SearchResults.FacetCount(e.getKey(), e.getValue(), false))
                .toList()));
        return facets;
    }

    /** Years newest first; every other facet by count, then alphabetically. */
    private static Comparator<Map.Entry<String, Long>> facetOrder(Facet facet) {
        if (facet == Facet.YEAR) {
            return Map.Entry.<String, Long>comparingByKey().reversed();
        }
        return Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
    }

    /** Marks the values the query filters on, and keeps a chosen value listed even when nothing has it. */
    private static Map<Facet, List<SearchResults.FacetCount>> selected(Map<Facet, List<SearchResults.FacetCount>> facets,
            DecisionQuery query) {
        Map<Facet, List<SearchResults.FacetCount>> result = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Set<String> chosen = query.values(facet);
            List<SearchResults.FacetCount> counts = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            for (SearchResults.FacetCount c : facets.getOrDefault(facet, List.of())) {
                counts.add(new SearchResults.FacetCount(c.value(), c.count(), chosen.contains(c.value())));
                seen.add(c.value());
            }
            for (String value : chosen) {
                if (!seen.contains(value)) {
                    counts.add(new SearchResults.FacetCount(value, 0, true));
                }
            }
            if (!counts.isEmpty()) {
                result.put(facet, List.copyOf(counts));
            }
        }
        return result;
    }

    /** What a result shows of each item of the page, with a passage around the words found. */
    private List<SearchResults.Hit> details(List<ItemKey> keys, String text) {
        String snippet = text == null
                ? "left(i.rationale, 240) || CASE WHEN length(i.rationale) > 240 THEN ' \u2026' ELSE '' END"
                : "ts_headline('english', i.rationale || ' \u2026 ' || i.case_summary,"
                        + " websearch_to_tsquery('english', :q), :headline)";
        Map<ItemKey, SearchResults.Hit> found = new HashMap<>();
        JdbcClient.StatementSpec spec = jdbc.sql("""
                SELECT i.letter_id, i.item_index, l.reference, l.case_number, i.request, i.outcome, i.category,
                       i.subcategory, i.decision_date, i.rv_basis, i.rv_guideline, i.rv_edition, i.specialties,
                       %s AS snippet
                FROM unnest(:letters::bigint[], :items::int[]) AS k (letter_id, item_index)
                JOIN library_item i USING (letter_id, item_index)
                JOIN library_letter l ON l.id = i.letter_id""".formatted(snippet))
                .param("letters", keys.stream().map(ItemKey::letterId).toArray(Long[]::new))
                .param("items", keys.stream().map(ItemKey::itemIndex).toArray(Integer[]::new));
        if (text != null) {
            spec = spec.param("q", text).param("headline", HEADLINE_OPTIONS);
        }
        spec.query(rs -> {
            found.put(new ItemKey(rs.getLong("letter_id"), rs.getInt("item_index")), hit(rs));
        });
        return keys.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    private static SearchResults.Hit hit(ResultSet rs) throws SQLException {
        String basis = rs.getString("rv_basis");
        Array specialties = rs.getArray("specialties");
        return new SearchResults.Hit(rs.getString("reference"), rs.getString("case_number"), rs.getInt("item_index"),
                rs.getString("request"), Outcome.valueOf(rs.getString("outcome")),
                new RequestCategory(rs.getString("category"), rs.getString("subcategory")),
                rs.getObject("decision_date", LocalDate.class),
                new SearchResults.ReviewerGuideline(CitationBasis.valueOf(basis), rs.getString("rv_guideline"),
                        rs.getString("rv_edition")),
                specialties == null ? List.of() : Arrays.asList((String[]) specialties.getArray()),
                snippetHtml(rs.getString("snippet")));
    }

    /** Escapes the passage for HTML and turns the headline's markers into {@code <mark>}. */
    static String snippetHtml(String headline) {
        if (headline == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(headline.length() + 32);
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\uE000' -> html.append("<mark>");
                case '\uE001' -> html.append("</mark>");
                default -> html.append(c);
            }
        }
        return html.toString();
    }

    /**
     * Runs the statements of a search in a read-only transaction. {@code useTextIndex}: the search has a text
     * condition, which must be answered by the GIN index. The planner does not know that testing a row's
     * search_document reads it out of line, so for a frequent word it would rather scan the table and test every row
     * (a second and more at library scale): sequential scans are off for these statements, as are parallel workers,
     * which only add start-up cost to queries this short.
     */
    private void readOnly(boolean useTextIndex, Runnable work) {
        transactions.executeWithoutResult(status -> {
            // enough memory that the index's bitmap stays exact: no recheck of every matching row's text
            jdbc.sql("SET LOCAL work_mem = '32MB'").update();
            jdbc.sql("SET LOCAL max_parallel_workers_per_gather = 0").update();
            if (useTextIndex) {
                jdbc.sql("SET LOCAL enable_seqscan = off").update();
            }
            work.run();
        });
    }

    /**
     * The SQL of one search: the words, and one predicate per filtered facet. Each facet value is also a token of
     * the item's search_document ('c:Pharmaceuticals', 'y:2017', see V10__library_letters.sql), so the rows a
     * search needs (those failing at most one filter) come from one GIN scan with the words, instead of from all
     * the rows the words match.
     */
    private static final class Sql {

        private static final Map<Facet, String> TOKEN_PREFIX = Map.of(Facet.OUTCOME, "o:", Facet.CATEGORY, "c:",
                Facet.SUBCATEGORY, "s:", Facet.GUIDELINE, "g:", Facet.EDITION, "e:", Facet.YEAR, "y:",
                Facet.SPECIALTY, "sp:", Facet.STATE, "st:");

        private final String text;
        private final Map<Facet, Set<String>> filters;
        private final Map<String, Object> params = new LinkedHashMap<>();
        private final Facet countedOverAll;

        Sql(String text, DecisionQuery query) {
            this.text = text;
            this.filters = query.filters();
            // without words and with one filter, the filter's own counts are those of the whole library (cached),
            // so only the rows that pass it are read
            this.countedOverAll = text == null && filters.size() == 1 ? filters.keySet().iterator().next() : null;
            if (text != null) {
                params.put("q", text);
            }
            filters.forEach((facet, values) -> params.put("f_" + facet.parameter(), facet == Facet.YEAR
                    ? values.stream().map(Integer::valueOf).toArray(Integer[]::new)
                    : values.toArray(String[]::new)));
            String restriction = restriction();
            if (restriction != null) {
                params.put("fq", restriction);
            }
        }

        /** The facet whose counts a search takes from the whole library's, or null. */
        Facet countedOverAll() {
            return countedOverAll;
        }

        JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec) {
            params.forEach(spec::param);
            return spec;
        }

        private String predicate(Facet facet) {
            String param = ":f_" + facet.parameter();
            if (facet == Facet.YEAR) {
                return facet.column() + " = ANY(" + param + "::int[])";
            }
            return facet.multiValuedColumn() ? facet.column() + " && " + param + "::text[]"
                    : facet.column() + " = ANY(" + param + "::text[])";
        }

        /**
         * The rows the counts need, as a tsquery over facet tokens: with k filters, those failing at most one
         * ((A and B) or (A and C) or (B and C) for three; A or B for two); with one filter and no words, those
         * passing it. Null when every row the words match is needed.
         */
        private String restriction() {
            List<Facet> facets = List.copyOf(filters.keySet());
            if (countedOverAll != null) {
                return group(countedOverAll);
            }
            if (facets.size() < 2) {
                return null;
            }
            StringJoiner any = new StringJoiner(" | ");
            for (Facet left : facets) {
                StringJoiner all = new StringJoiner(" & ", "(", ")");
                facets.stream().filter(f -> f != left).forEach(f -> all.add(group(f)));
                any.add(all.toString());
            }
            return any.toString();
        }

        /** A facet's values as tokens: ('c:Surgery' | 'c:Injection'). */
        private String group(Facet facet) {
            StringJoiner values = new StringJoiner(" | ", "(", ")");
            filters.get(facet).forEach(v -> values.add(lexeme(TOKEN_PREFIX.get(facet) + v)));
            return values.toString();
        }

        /** A lexeme in tsquery syntax: quoted, with quotes doubled and backslashes escaped. */
        static String lexeme(String value) {
            return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
        }

        private String textCondition() {
            if (text != null && params.containsKey("fq")) {
                return "search_document @@ (websearch_to_tsquery('english', :q) && :fq::tsquery)";
            } else if (text != null) {
                return "search_document @@ websearch_to_tsquery('english', :q)";
            } else if (params.containsKey("fq")) {
                return "search_document @@ :fq::tsquery";
            }
            return "TRUE";
        }

        /** All filters but one ({@code except}, may be null) hold, as a condition over the flags of {@code m}. */
        private String flagsExcept(Facet except) {
            StringJoiner all = new StringJoiner(" AND ");
            filters.keySet().stream().filter(f -> f != except).forEach(f -> all.add("p_" + f.parameter()));
            return all.length() == 0 ? "TRUE" : all.toString();
        }

        /**
         * One pass over the rows of the restriction. With a flag per filter, the total is the count of rows passing
         * every flag, a facet's counts are those of rows passing every flag but its own, and the page is the
         * best-ranked rows passing every flag. Rows come back as (facet, value, n), with facet 'total' for the
         * total and 'hit' for the page's items (n their position).
         *
         * <p>Ranking: items whose request names more of the words first ({@code ts_rank} over the request's short
         * vector, kept in the row), then the newest. Ranking by the whole document would read every match's long
         * vector out of line, which at library scale costs more than everything else together.
         */
        String countsAndPageStatement() {
            StringBuilder flags = new StringBuilder();
            for (Facet f : filters.keySet()) {
                flags.append(", ").append(predicate(f)).append(" AS p_").append(f.parameter());
            }
            String rank = text == null ? "0::real" : "ts_rank(request_document, websearch_to_tsquery('english', :q))";
            StringBuilder facetName = new StringBuilder("CASE");
            StringBuilder count = new StringBuilder("CASE");
            StringJoiner value = new StringJoiner(", ", "coalesce(", ")");
            StringJoiner sets = new StringJoiner(", ", "GROUPING SETS (", ", ())");
            for (Facet f : Facet.values()) {
                if (f.multiValuedColumn() || f == countedOverAll) {
                    continue;
                }
                String column = f.column();
                facetName.append(" WHEN GROUPING(").append(column).append(") = 0 THEN '").append(f.parameter())
                        .append('\'');
                count.append(" WHEN GROUPING(").append(column).append(") = 0 THEN count(*) FILTER (WHERE ")
                        .append(flagsExcept(f)).append(')');
                value.add(f == Facet.YEAR ? column + "::text" : column);
                sets.add("(" + column + ")");
            }
            facetName.append(" ELSE 'total' END");
            count.append(" ELSE count(*) FILTER (WHERE ").append(flagsExcept(null)).append(") END");
            StringBuilder sql = new StringBuilder()
                    .append("WITH m AS MATERIALIZED (SELECT letter_id, item_index, decision_date, ").append(rank)
                    .append(" AS rank, outcome, category, subcategory, rv_guideline, rv_edition, decision_year,")
                    .append(" specialties, states").append(flags)
                    .append(" FROM library_item WHERE ").append(textCondition()).append("),\n")
                    .append("page AS (SELECT letter_id, item_index, row_number() OVER (ORDER BY rank DESC,")
                    .append(" decision_date DESC NULLS LAST, letter_id DESC, item_index) AS position FROM m WHERE ")
                    .append(flagsExcept(null))
                    .append(" ORDER BY rank DESC, decision_date DESC NULLS LAST, letter_id DESC, item_index")
                    .append(" LIMIT :limit OFFSET :offset)\n")
                    .append("SELECT 'hit' AS facet, NULL AS value, position AS n, letter_id, item_index FROM page\n")
                    .append("UNION ALL SELECT ").append(facetName).append(", ").append(value).append(", ")
                    .append(count).append(", NULL, NULL FROM m GROUP BY ").append(sets);
            for (Facet f : Facet.values()) {
                if (f.multiValuedColumn() && f != countedOverAll) {
                    sql.append("\nUNION ALL SELECT '").append(f.parameter()).append("', v, count(*), NULL, NULL")
                            .append(" FROM m, unnest(m.").append(f.column()).append(") v WHERE ")
                            .append(flagsExcept(f)).append(" GROUP BY v");
                }
            }
            return sql.toString();
        }
    }
}
