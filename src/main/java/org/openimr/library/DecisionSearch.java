package org.openimr.library;

import org.openimr.shared.RequestCategory;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.openimr.shared.CitationBasis;
import org.openimr.shared.Outcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Searches the disputed items of the library: PostgreSQL full text over request, rationale and case summary
 * ({@code websearch_to_tsquery}), facet filters, and each facet's counts under the other filters.
 *
 * <p>How a search runs (the SQL is in {@link Sql}):
 * <ol>
 * <li>The rows a search must count are those matching the words and failing at most one filter (each facet is
 * counted under the other filters). Facet values are tokens of the search document, so one GIN scan finds exactly
 * those rows.</li>
 * <li>A probe counts them in one of 64 sample buckets (another token of the search document). If the whole set is
 * small enough ({@code openimr.library.search.exact-limit} rows, 5,000 by default), one pass over it counts the
 * total and every facet exactly and ranks the page: items whose request names the words first, then the
 * newest.</li>
 * <li>If it is larger, the probe's counts, times 64, are the facet counts shown ("about"). If the items passing
 * every filter are few, they are still ranked and counted exactly; if they are many too, the total is the estimate
 * and the page is the newest matching items, read in date order from an index: so a search for a word half the
 * letters contain costs what a narrow one does.</li>
 * </ol>
 * Without words or filters the counts of the whole library are cached until it changes. The ranked page and its
 * snippets run on a second pooled connection in the same snapshot while the first probes and counts
 * ({@link SideConnection}); with words and filters the page starts beside the probe.
 *
 * <p>A phrase ({@code "physical therapy"}) is words at consecutive positions, which the GIN index cannot check: it
 * finds the items holding all the words, and PostgreSQL compares positions in each one's search document. For common
 * words that is most of the library, so every search with a phrase also requires the phrase's adjacent word pairs
 * ({@link PhrasePairs}) of {@code pair_document}, which its own GIN index finds exactly; positions are then compared
 * only on the items holding every pair. The results stay those of the words alone: an item holding the phrase holds
 * its pairs. See docs/search.md.
 */
@Component
public class DecisionSearch {

    /** How many values of one facet a search returns at most (the most frequent). */
    public static final int MAX_FACET_VALUES = 60;
    /** The sample buckets of the search document ('r:0' to 'r:63', V12__library_sample_buckets_64.sql). */
    static final int SAMPLE_BUCKETS = 64;
    /**
     * How many searches at once may run their page on a second pooled connection (of the pool's 10) while their first
     * one counts; the others run their statements one after another.
     */
    static final int SIDE_CONNECTIONS = 4;

    private static final String MARK_START = "\uE000";
    private static final String MARK_END = "\uE001";
    private static final String HEADLINE_OPTIONS = "StartSel=" + MARK_START + ", StopSel=" + MARK_END
            + ", MaxFragments=2, MaxWords=28, MinWords=12, ShortWord=2, FragmentDelimiter=\" … \"";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final LetterStore store;
    private final long exactLimit;
    private final int sampleBucket;
    private final AtomicReference<CachedCounts> unfiltered = new AtomicReference<>();
    private final SideConnection side;

    @Autowired
    DecisionSearch(JdbcClient jdbc, TransactionTemplate transactions, LetterStore store,
            @Value("${openimr.library.search.exact-limit:5000}") long exactLimit) {
        this(jdbc, transactions, store, exactLimit, 0);
    }

    /** @param sampleBucket the bucket a probe reads (tests choose one their few letters fall in) */
    DecisionSearch(JdbcClient jdbc, TransactionTemplate transactions, LetterStore store, long exactLimit,
            int sampleBucket) {
        this(jdbc, transactions, store, exactLimit, sampleBucket, SIDE_CONNECTIONS);
    }

    /**
     * @param sideConnections how many searches at once may run their page on a second pooled connection while
     *                        their first one counts (0: never, each search runs its statements one after another)
     */
    DecisionSearch(JdbcClient jdbc, TransactionTemplate transactions, LetterStore store, long exactLimit,
            int sampleBucket, int sideConnections) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.store = store;
        this.exactLimit = exactLimit;
        this.sampleBucket = sampleBucket;
        this.side = new SideConnection(jdbc, transactions, sideConnections);
    }

    public SearchResults search(DecisionQuery query) {
        int offset = (query.page() - 1) * query.size();
        List<String> notices = new ArrayList<>();
        String words = query.text();
        String parsedWords = words == null ? null : parsedWords(words);
        if (words != null && parsedWords.isEmpty()) {
            notices.add("Your words \u201c" + words + "\u201d are too common to search for;"
                    + (query.hasFilters() ? " showing the decisions your filters give." : " showing all decisions."));
            words = null;
        }
        String text = words;
        if (text == null && !query.hasFilters()) {
            CachedCounts all = unfilteredCounts();
            List<ItemKey> keys = all.counts().total() == 0 ? List.of() : newest(query.size(), offset);
            return results(query, all.counts(), false, false, keys, null, notices);
        }
        Sql sql = new Sql(text, text == null ? null : PhrasePairs.match(parsedWords).orElse(null), query,
                sampleBucket);
        if (sql.countedOverAll() != null) {
            unfilteredCounts(); // fresh before the search's own transaction, whose settings suit other scans
        }
        return transactions.execute(status -> {
            SideConnection.Sharing sharing = side.share(status, setLocal(SEARCH_SETTINGS));
            // The ranked page and its snippets run on a second connection, in this transaction's snapshot, while this
            // one probes and counts. With words and filters the results are nearly always few enough to rank, so the
            // page starts at once; it stops counting past the exact limit, where the page would be the newest items.
            Supplier<RankedHits> page = () -> rankedHits(sql, text, query.size(), offset);
            SideConnection.Part<RankedHits> ranked = text != null && query.hasFilters() ? sharing.start(page) : null;
            Counts probe = counts(sql, true, 0, 0);
            if (probe.rows() * SAMPLE_BUCKETS <= exactLimit) {
                if (ranked == null) {
                    ranked = sharing.start(page);
                }
                Counts exact = withWholeLibraryCounts(sql, counts(sql, false, 0, 0));
                return results(query, exact, false, false, complete(ranked, sql, query.size(), offset).hits(),
                        notices);
            }
            Counts estimate = withWholeLibraryCounts(sql, probe.scaled(SAMPLE_BUCKETS));
            if (estimate.total() <= exactLimit) {
                // many rows to count, but few results: rank and count those exactly
                notices.add("Many decisions match your words or each of your filters: the counts beside the"
                        + " filters are estimates.");
                RankedHits hits = ranked == null ? page.get() : ranked.join();
                hits = complete(hits, sql, query.size(), offset);
                Counts counts = new Counts(estimate.rows(), hits.total(), estimate.facets(), List.of());
                return results(query, counts, false, true, hits.hits(), notices);
            }
            if (ranked != null) {
                ranked.abandon();
            }
            notices.add("Many decisions match: the counts are estimates and the newest decisions come first."
                    + " Add words or filters to see exact counts and the best matches first.");
            List<ItemKey> keys = offset >= SearchResults.APPROXIMATE_RESULTS_PAGED ? List.of()
                    : newestMatching(sql, query.size(), offset);
            return results(query, estimate, true, true, keys, text, notices);
        });
    }

    /**
     * The planner settings of a search's statements (see {@link #settings}). JIT compilation is off: where the server
     * has it, it would add tens of milliseconds to these short statements whenever their estimate is large.
     */
    private static final Map<String, String> SEARCH_SETTINGS = Map.of("work_mem", "64MB",
            "max_parallel_workers_per_gather", "0", "enable_seqscan", "off", "jit", "off");

    /**
     * Planner settings for the rest of the current transaction, in one statement. The planner does not know that
     * testing a row's search_document reads it out of line, so for a frequent word it would rather scan the table
     * and test every row (a second and more at library scale): searches turn sequential scans off, so that the GIN
     * index answers the words, and parallel workers, which only add start-up cost to statements this short;
     * work_mem leaves room for the rows counted and keeps the index's bitmap exact.
     */
    private void settings(Map<String, String> settings) {
        jdbc.sql(setLocal(settings)).update();
    }

    /** The settings as SET LOCAL statements, sent together (names and values are this class's constants). */
    private static String setLocal(Map<String, String> settings) {
        StringJoiner statements = new StringJoiner("; ");
        settings.forEach((name, value) -> {
            if (!SETTING.matcher(name).matches() || !SETTING.matcher(value).matches()) {
                throw new IllegalArgumentException("not a setting: " + name + " = " + value);
            }
            statements.add("SET LOCAL " + name + " = '" + value + "'");
        });
        return statements.toString();
    }

    private static final java.util.regex.Pattern SETTING = java.util.regex.Pattern.compile("[A-Za-z0-9_]+");

    private SearchResults results(DecisionQuery query, Counts counts, boolean estimatedTotal, boolean estimatedCounts,
            List<ItemKey> keys, String text, List<String> notices) {
        return results(query, counts, estimatedTotal, estimatedCounts, hits(keys, text), notices);
    }

    private SearchResults results(DecisionQuery query, Counts counts, boolean estimatedTotal, boolean estimatedCounts,
            List<SearchResults.Hit> hits, List<String> notices) {
        return new SearchResults(query, counts.total(), estimatedTotal, estimatedCounts, hits,
                selected(facetLists(counts.facets()), query), notices);
    }

    private List<SearchResults.Hit> hits(List<ItemKey> keys, String text) {
        return keys.isEmpty() ? List.of() : details(keys, text);
    }

    static long estimateForTest(long n) {
        return Counts.estimate(n);
    }

    /** The words as PostgreSQL reads them (a printed tsquery); empty when they are all too common to search. */
    private String parsedWords(String text) {
        return jdbc.sql("SELECT websearch_to_tsquery('english', :q)::text").param("q", text)
                .query(String.class).single();
    }

    private record ItemKey(long letterId, int itemIndex) {
    }

    /**
     * What one pass counted.
     *
     * @param rows   the rows read (those failing at most one filter)
     * @param total  the rows passing every filter
     * @param facets per facet, the count of each value under the other filters
     * @param page   the page's items in order, when the pass ranked them
     */
    private record Counts(long rows, long total, Map<Facet, Map<String, Long>> facets, List<ItemKey> page) {

        Counts scaled(int factor) {
            Map<Facet, Map<String, Long>> scaled = new EnumMap<>(Facet.class);
            facets.forEach((facet, values) -> {
                Map<String, Long> s = new HashMap<>();
                values.forEach((value, n) -> s.put(value, estimate(n * factor)));
                scaled.put(facet, s);
            });
            return new Counts(rows * factor, estimate(total * factor), scaled, page);
        }

        /** An estimate rounded to two significant digits: 12,345 gives 12,000. */
        static long estimate(long n) {
            if (n < 100) {
                return n;
            }
            long unit = (long) Math.pow(10, (long) Math.log10(n) - 1);
            return Math.round((double) n / unit) * unit;
        }
    }

    private record CachedCounts(long version, Counts counts) {
    }

    /** The counts of the whole library change only when the library does: keep them until then. */
    private CachedCounts unfilteredCounts() {
        long version = store.version();
        CachedCounts cached = unfiltered.get();
        if (cached != null && cached.version() == version) {
            return cached;
        }
        CachedCounts fresh = new CachedCounts(version, transactions.execute(status -> {
            settings(Map.of("work_mem", "64MB", "jit", "off"));
            return counts(new Sql(null, null, DecisionQuery.all(), sampleBucket), false, 0, 0);
        }));
        unfiltered.set(fresh);
        return fresh;
    }

    /**
     * One pass over the rows to count (or their sample bucket): the counts, and the ranked page when
     * {@code limit} is above zero.
     */
    private Counts counts(Sql sql, boolean sample, int limit, int offset) {
        Tally tally = new Tally(sql);
        List<ItemKey> page = new ArrayList<>();
        sql.params(jdbc.sql(sql.countsStatement(sample, limit > 0)))
                .param("limit", limit)
                .param("offset", offset)
                .query(rs -> {
                    if ("hit".equals(rs.getString("kind"))) {
                        page.add(new ItemKey(rs.getLong("letter_id"), rs.getInt("item_index")));
                    } else {
                        tally.add(rs);
                    }
                });
        return new Counts(tally.rows, tally.total, tally.facets, page);
    }

    /** Browsing by one filter: its own values are counted over the whole library (cached, exact). */
    private Counts withWholeLibraryCounts(Sql sql, Counts counts) {
        if (sql.countedOverAll() == null) {
            return counts;
        }
        Map<Facet, Map<String, Long>> facets = new EnumMap<>(Facet.class);
        facets.putAll(counts.facets());
        facets.put(sql.countedOverAll(), unfilteredCounts().counts().facets()
                .getOrDefault(sql.countedOverAll(), Map.of()));
        return new Counts(counts.rows(), counts.total(), facets, counts.page());
    }

    /**
     * Adds up the groups of the counting statement. A group row carries the filter flags of its rows; a facet's
     * value counts where every flag but the facet's own holds, the total where every flag holds.
     */
    private static final class Tally {

        private final Sql sql;
        long rows;
        long total;
        final Map<Facet, Map<String, Long>> facets = new EnumMap<>(Facet.class);

        Tally(Sql sql) {
            this.sql = sql;
        }

        void add(ResultSet rs) throws SQLException {
            long n = rs.getLong("n");
            Set<Facet> failed = EnumSet.noneOf(Facet.class);
            for (Facet f : sql.filters.keySet()) {
                if (!rs.getBoolean("p_" + f.parameter())) {
                    failed.add(f);
                }
            }
            int grouping = rs.getInt("g");
            if (grouping == Sql.SCALAR_SET) {
                rows += n;
                if (failed.isEmpty()) {
                    total += n;
                }
                for (Facet f : Facet.values()) {
                    if (!f.multiValuedColumn() && f != sql.countedOverAll() && countsFor(f, failed)) {
                        String value = rs.getString(f.column());
                        if (value != null) {
                            facets.computeIfAbsent(f, x -> new HashMap<>()).merge(value, n, Long::sum);
                        }
                    }
                }
            } else {
                Facet f = grouping == Sql.SPECIALTY_SET ? Facet.SPECIALTY : Facet.STATE;
                Array values = rs.getArray(f.column());
                if (f != sql.countedOverAll() && countsFor(f, failed) && values != null) {
                    for (String value : new LinkedHashSet<>(Arrays.asList((String[]) values.getArray()))) {
                        facets.computeIfAbsent(f, x -> new HashMap<>()).merge(value, n, Long::sum);
                    }
                }
            }
        }

        /** A row counts for a facet when no filter but the facet's own fails. */
        private static boolean countsFor(Facet facet, Set<Facet> failed) {
            return failed.isEmpty() || failed.size() == 1 && failed.contains(facet);
        }
    }

    /** Browsing everything: the newest items, straight from the index on the decision date. */
    private List<ItemKey> newest(int limit, int offset) {
        return jdbc.sql("""
                SELECT letter_id, item_index FROM library_item
                ORDER BY decision_date DESC NULLS LAST, letter_id DESC, item_index
                LIMIT :limit OFFSET :offset""")
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new ItemKey(rs.getLong(1), rs.getInt(2))).list();
    }

    /**
     * The newest items passing the words and every filter, walking the index on the decision date and testing
     * each item until the page is full: cheap exactly when many items match, which is when it is used.
     */
    private List<ItemKey> newestMatching(Sql sql, int limit, int offset) {
        if (sql.text == null) {
            // testing the filters' columns costs little: the planner may choose how
            settings(Map.of("enable_seqscan", "on"));
        } else {
            // walk the date index; testing the words of each item reads its search document, so never all of them
            settings(Map.of("enable_bitmapscan", "off", "enable_sort", "off"));
        }
        return sql.params(jdbc.sql(sql.newestStatement())).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new ItemKey(rs.getLong(1), rs.getInt(2))).list();
    }

    private record RankedPage(long total, List<ItemKey> keys) {
    }

    /** See {@link #rankedPage}. */
    private static final Map<String, String> RANKED_PAGE_SETTINGS = Map.of("enable_indexscan", "off");

    /**
     * The ranked page with its snippets, and the total; or, where more than the exact limit pass, only that they
     * do ({@code overflowed}): then the search shows the newest items, and ranking them all would be wasted.
     */
    private record RankedHits(long total, boolean overflowed, List<SearchResults.Hit> hits) {
    }

    /** The ranked page with its snippets, counting at most past the exact limit (see {@link RankedHits}). */
    private RankedHits rankedHits(Sql sql, String text, int limit, int offset) {
        Map<String, String> settings = new HashMap<>(SEARCH_SETTINGS);
        settings.putAll(RANKED_PAGE_SETTINGS);
        settings(settings);
        RankedPage ranked = rankedPage(sql, limit, offset, exactLimit + 1, false);
        if (ranked.total() > exactLimit) {
            return new RankedHits(ranked.total(), true, List.of());
        }
        return new RankedHits(ranked.total(), false, hits(ranked.keys(), text));
    }

    private RankedHits complete(SideConnection.Part<RankedHits> ranked, Sql sql, int limit, int offset) {
        return complete(ranked.join(), sql, limit, offset);
    }

    /** The ranked page however many items pass: a page that stopped at the exact limit is ranked again in full. */
    private RankedHits complete(RankedHits hits, Sql sql, int limit, int offset) {
        if (!hits.overflowed()) {
            return hits;
        }
        RankedPage ranked = rankedPage(sql, limit, offset, null, true);
        return new RankedHits(ranked.total(), false, hits(ranked.keys(), sql.text));
    }

    /**
     * The page ranked as an exact search ranks it, and the exact total, reading only the items that pass the words
     * and every filter.
     */
    private RankedPage rankedPage(Sql sql, int limit, int offset, Long cap, boolean applySettings) {
        // with no words the rank is constant and the order that of the date index: walking it and testing each
        // item's search document would read them all; the GIN bitmap reads only the items that pass
        if (applySettings) {
            settings(RANKED_PAGE_SETTINGS);
        }
        long[] total = {0};
        List<ItemKey> keys = new ArrayList<>();
        sql.params(jdbc.sql(sql.rankedPageStatement())).param("limit", limit).param("offset", offset)
                .param("cap", cap, java.sql.Types.BIGINT)
                .query(rs -> {
                    if (rs.getObject("total") != null) {
                        total[0] = rs.getLong("total");
                    } else {
                        keys.add(new ItemKey(rs.getLong("letter_id"), rs.getInt("item_index")));
                    }
                });
        return new RankedPage(total[0], keys);
    }

    private static Map<Facet, List<SearchResults.FacetCount>> facetLists(Map<Facet, Map<String, Long>> counts) {
        Map<Facet, List<SearchResults.FacetCount>> facets = new EnumMap<>(Facet.class);
        counts.forEach((facet, values) -> facets.put(facet, values.entrySet().stream()
                .filter(e -> e.getValue() > 0)
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
        return keys.stream().map(found::get).filter(Objects::nonNull).toList();
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
     * The SQL of one search: the words, and one predicate per filtered facet. Each facet value is also a token of
     * the item's search_document ('c:Pharmaceuticals', 'y:2017', see V10__library_letters.sql), so the rows a
     * search needs (those failing at most one filter) come from one GIN scan with the words.
     */
    private static final class Sql {

        /** GROUPING(specialties, states) of the three grouping sets of the counting statement. */
        static final int SCALAR_SET = 3;
        static final int SPECIALTY_SET = 1;

        private static final Map<Facet, String> TOKEN_PREFIX = Map.of(Facet.OUTCOME, "o:", Facet.CATEGORY, "c:",
                Facet.SUBCATEGORY, "s:", Facet.GUIDELINE, "g:", Facet.EDITION, "e:", Facet.YEAR, "y:",
                Facet.SPECIALTY, "sp:", Facet.STATE, "st:");
        private static final String SCALAR_COLUMNS = "outcome, category, subcategory, rv_guideline, rv_edition,"
                + " decision_year";

        final String text;
        final Map<Facet, Set<String>> filters;
        private final Map<String, Object> params = new LinkedHashMap<>();
        private final Facet countedOverAll;
        private final String restriction;
        /** How the words are matched when they hold phrases (PhrasePairs), or null. */
        private final PhrasePairs.Match phrases;

        Sql(String text, PhrasePairs.Match phrases, DecisionQuery query, int sampleBucket) {
            this.text = text;
            this.phrases = phrases;
            if (phrases != null) {
                params.put("pairs", phrases.pairs());
                if (phrases.otherWords() != null) {
                    params.put("other_words", phrases.otherWords());
                }
            }
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
            this.restriction = restriction();
            if (restriction != null) {
                params.put("fq", restriction);
            }
            String bucket = lexeme("r:" + sampleBucket);
            params.put("fqs", restriction == null ? bucket : "(" + restriction + ") & " + bucket);
            if (!filters.isEmpty()) {
                StringJoiner all = new StringJoiner(" & ");
                filters.keySet().forEach(f -> all.add(group(f)));
                params.put("fqa", all.toString());
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
            return PhrasePairs.quoted(value);
        }

        /** The condition on the search document, with the sample bucket when {@code sample}. */
        private String documentCondition(boolean sample) {
            return matchCondition(sample ? ":fqs::tsquery" : restriction == null ? null : ":fq::tsquery");
        }

        /**
         * The condition on the words and on facet tokens (a tsquery expression, or null). Words with phrases are
         * matched by index only: the words outside the phrases and the facet tokens in search_document, the
         * phrases' pairs in pair_document. Where a phrase is more than its pairs (three words or more), the words'
         * positions are compared too, but only on the items the indexes leave: written so that it is no index
         * condition (an index condition on the words would read the postings of every common word of the phrase).
         */
        private String matchCondition(String tokens) {
            String words = "websearch_to_tsquery('english', :q)";
            if (text == null) {
                return tokens == null ? "TRUE" : "search_document @@ " + tokens;
            }
            if (phrases == null) {
                return "search_document @@ " + (tokens == null ? words : "(" + words + " && " + tokens + ")");
            }
            StringJoiner all = new StringJoiner(" AND ");
            String otherWords = phrases.otherWords() == null ? null : ":other_words::tsquery";
            String indexed = otherWords == null ? tokens : tokens == null ? otherWords
                    : "(" + otherWords + " && " + tokens + ")";
            if (indexed != null) {
                all.add("search_document @@ " + indexed);
            }
            all.add("pair_document @@ :pairs::tsquery");
            if (phrases.comparePositions()) {
                all.add("(search_document @@ " + words + ") IS TRUE");
            }
            return all.toString();
        }

        private String flags() {
            StringBuilder flags = new StringBuilder();
            for (Facet f : filters.keySet()) {
                flags.append(", ").append(predicate(f)).append(" AS p_").append(f.parameter());
            }
            return flags.toString();
        }

        private String flagColumns() {
            StringBuilder columns = new StringBuilder();
            filters.keySet().forEach(f -> columns.append(", p_").append(f.parameter()));
            return columns.toString();
        }

        private String allFlags() {
            StringJoiner all = new StringJoiner(" AND ");
            filters.keySet().forEach(f -> all.add("p_" + f.parameter()));
            return all.length() == 0 ? "TRUE" : all.toString();
        }

        /**
         * One pass over the rows to count. Groups them three ways (by the scalar facets together, by the
         * specialties, by the states), each group with the filter flags of its rows, for {@link Tally} to add up;
         * and with {@code ranked}, the page: the best-ranked rows passing every filter (items whose request names
         * more of the words first, by {@code ts_rank} over the request's own short vector; then the newest).
         */
        String countsStatement(boolean sample, boolean ranked) {
            String rank = text == null || !ranked ? "0::real"
                    : "ts_rank(request_document, websearch_to_tsquery('english', :q))";
            String nullFlags = filters.keySet().stream().map(f -> ", NULL::boolean AS p_" + f.parameter())
                    .reduce("", String::concat);
            StringBuilder sql = new StringBuilder()
                    .append("WITH m AS MATERIALIZED (SELECT letter_id, item_index, decision_date, ").append(rank)
                    .append(" AS rank, ").append(SCALAR_COLUMNS).append(", specialties, states").append(flags())
                    .append(" FROM library_item WHERE ").append(documentCondition(sample)).append(")\n");
            if (ranked) {
                sql.append("SELECT * FROM (SELECT 'hit' AS kind, NULL::int AS g, NULL AS outcome, NULL AS category,")
                        .append(" NULL AS subcategory, NULL AS rv_guideline, NULL AS rv_edition,")
                        .append(" NULL::smallint AS decision_year, NULL::text[] AS specialties, NULL::text[] AS states")
                        .append(nullFlags).append(", 0::bigint AS n, letter_id, item_index FROM m WHERE ")
                        .append(allFlags())
                        .append(" ORDER BY rank DESC, decision_date DESC NULLS LAST, letter_id DESC, item_index")
                        .append(" LIMIT :limit OFFSET :offset) page\nUNION ALL ");
            }
            sql.append("SELECT 'group' AS kind, GROUPING(specialties, states) AS g, ").append(SCALAR_COLUMNS)
                    .append(", specialties, states").append(flagColumns())
                    .append(", count(*) AS n, NULL::bigint AS letter_id, NULL::int AS item_index FROM m")
                    .append(" GROUP BY GROUPING SETS ((")
                    .append(SCALAR_COLUMNS).append(flagColumns()).append("), (specialties").append(flagColumns())
                    .append("), (states").append(flagColumns()).append("))");
            return sql.toString();
        }

        /**
         * The ranked page, from the items passing the words and every filter (their tokens, in one GIN scan), and
         * their number; with {@code :cap} (null: no limit), from the first {@code :cap} of them only.
         */
        String rankedPageStatement() {
            String rank = text == null ? "0::real" : "ts_rank(request_document, websearch_to_tsquery('english', :q))";
            String condition = matchCondition(filters.isEmpty() ? null : ":fqa::tsquery");
            // the total rides along on a row of its own, so that a page past the end still gives it
            return "WITH f AS MATERIALIZED (SELECT letter_id, item_index, decision_date, " + rank + " AS rank"
                    + " FROM library_item WHERE " + condition + " LIMIT :cap::bigint)\n"
                    + "SELECT (SELECT count(*) FROM f) AS total, NULL::bigint AS letter_id, NULL::int AS item_index,"
                    + " NULL::real AS rank, NULL::date AS decision_date\n"
                    + "UNION ALL (SELECT NULL, letter_id, item_index, rank, decision_date FROM f"
                    + " ORDER BY rank DESC, decision_date DESC NULLS LAST, letter_id DESC, item_index"
                    + " LIMIT :limit OFFSET :offset)";
        }

        /**
         * The page of a large result: the newest items passing the words and every filter, in index order. A year
         * filter bounds the dates walked, so the walk starts at the right year.
         */
        String newestStatement() {
            StringJoiner where = new StringJoiner(" AND ");
            if (text != null) {
                where.add("search_document @@ websearch_to_tsquery('english', :q)");
            }
            filters.keySet().forEach(f -> where.add(predicate(f)));
            Set<String> years = filters.get(Facet.YEAR);
            if (years != null) {
                int first = years.stream().mapToInt(Integer::parseInt).min().orElseThrow();
                int last = years.stream().mapToInt(Integer::parseInt).max().orElseThrow();
                where.add("decision_date >= make_date(" + first + ", 1, 1)");
                where.add("decision_date < make_date(" + (last + 1) + ", 1, 1)");
            }
            return "SELECT letter_id, item_index FROM library_item WHERE " + where
                    + " ORDER BY decision_date DESC NULLS LAST, letter_id DESC, item_index LIMIT :limit OFFSET :offset";
        }
    }
}
