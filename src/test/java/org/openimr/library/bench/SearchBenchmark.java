package org.openimr.library.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.Test;
import org.openimr.letters.DocumentReviewed;
import org.openimr.letters.FinalDeterminationLetter;
import org.openimr.letters.ItemDetermination;
import org.openimr.library.DecisionQuery;
import org.openimr.library.DecisionSearch;
import org.openimr.library.Facet;
import org.openimr.library.LetterSource;
import org.openimr.shared.RequestCategory;
import org.openimr.library.RequestClassifier;
import org.openimr.library.SearchResults;
import org.openimr.shared.GuidelineCitation;
import org.openimr.shared.PageRange;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Search latency at library scale: not a test (surefire leaves out *Benchmark), a measurement. Fills a library of
 * {@code bench.letters} letters (default 200,000) in its own database (target/bench-pg, kept between runs, so the
 * fill happens once), then runs {@code bench.queries} (default 500) searches, each a text query combined with two
 * facet filters a reader could click, beside the same text query without filters (the baseline), through the real
 * {@link DecisionSearch}, and prints p50/p95/p99.
 *
 * <pre>
 * ./mvnw -B -ntp -q verify -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * bench/search-latency.sh      (the same)
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"openimr.demo.enabled=false", "logging.level.root=WARN", "logging.level.org.openimr=WARN"})
class SearchBenchmark {

    /**
     * The benchmark's own PostgreSQL (embedded, data in {@code bench.dir}), configured as a server of a library this
     * size would be: shared_buffers large enough to hold the item table and its indexes (the embedded development
     * default is 128 MB), and a WAL size that spares the bulk load checkpoints.
     */
    static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench-pg")).toAbsolutePath().normalize();
        Files.createDirectories(dir.getParent());
        postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                .setServerConfig("shared_buffers", System.getProperty("bench.shared_buffers", "1GB"))
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("maintenance_work_mem", "512MB")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                // the JVM is ending
            }
        }));
        System.out.println("benchmark database: " + dir + ", shared_buffers "
                + System.getProperty("bench.shared_buffers", "1GB"));
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
    }

    static final int LETTERS = Integer.getInteger("bench.letters", 200_000);
    static final int QUERIES = Integer.getInteger("bench.queries", 500);
    static final int BATCH = 5_000;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    DecisionSearch search;
    @Autowired
    RequestClassifier classifier;

    @Test
    void searchLatency() throws Exception {
        SyntheticLetters generator = new SyntheticLetters(20170101L, templates());
        long letters = jdbc.sql("SELECT count(*) FROM library_letter").query(Long.class).single();
        if (letters < LETTERS) {
            fill(generator, (int) letters);
        }
        long items = jdbc.sql("SELECT count(*) FROM library_item").query(Long.class).single();
        letters = jdbc.sql("SELECT count(*) FROM library_letter").query(Long.class).single();
        System.out.printf("%nlibrary: %,d letters, %,d items; database %s%n", letters, items,
                jdbc.sql("SELECT pg_size_pretty(pg_database_size(current_database()))").query(String.class).single());

        List<String> texts = generator.queries(QUERIES);
        Random random = new Random(7);
        List<DecisionQuery[]> pairs = new ArrayList<>();
        for (String text : texts) {
            DecisionQuery plain = DecisionQuery.text(text);
            pairs.add(new DecisionQuery[] {plain, withTwoFacets(plain, search.search(plain), random), null});
        }
        // the same two filters without words: browsing by facets
        for (DecisionQuery[] p : pairs) {
            p[2] = new DecisionQuery(null, p[1].filters(), 1, DecisionQuery.DEFAULT_SIZE);
        }
        // warm-up: a round of the first 50
        pairs.subList(0, Math.min(50, pairs.size())).forEach(p -> {
            for (DecisionQuery q : p) {
                search.search(q);
            }
        });
        String[] kinds = {"text only (baseline)", "text + two facet filters", "two facet filters, no text"};
        long[][] nanos = new long[3][pairs.size()];
        long[] hits = new long[3];
        long[] estimated = new long[3];
        for (int i = 0; i < pairs.size(); i++) {
            DecisionQuery[] p = pairs.get(i);
            // rotate the order, so that no kind always runs first (on colder caches)
            for (int k = 0; k < 3; k++) {
                int kind = (i + k) % 3;
                long t = System.nanoTime();
                SearchResults r = search.search(p[kind]);
                nanos[kind][i] = System.nanoTime() - t;
                hits[kind] += r.total();
                estimated[kind] += r.estimatedCounts() ? 1 : 0;
            }
        }
        System.out.printf("%n%d searches of each kind (page of 20, total, all facets, snippets):%n", pairs.size());
        System.out.printf("  %-34s %8s %8s %8s %8s %12s %10s%n", "", "p50 ms", "p95 ms", "p99 ms", "max ms",
                "mean hits", "estimated counts");
        for (int kind = 0; kind < 3; kind++) {
            print(kinds[kind], nanos[kind], hits[kind] / pairs.size(), estimated[kind]);
        }
        List<Integer> phrases = java.util.stream.IntStream.range(0, pairs.size())
                .filter(i -> pairs.get(i)[0].text().contains("\"")).boxed().toList();
        List<Integer> withoutPhrases = java.util.stream.IntStream.range(0, pairs.size())
                .filter(i -> !phrases.contains(i)).boxed().toList();
        System.out.printf("  the %d phrase searches (\"...\") alone:%n", phrases.size());
        printSubset(kinds, nanos, phrases);
        System.out.printf("  the %d searches without a phrase:%n", withoutPhrases.size());
        printSubset(kinds, nanos, withoutPhrases);
        if (Boolean.getBoolean("bench.slowest")) {
            for (int kind = 0; kind < 3; kind++) {
                int k = kind;
                System.out.println("  slowest, " + kinds[kind] + ":");
                java.util.stream.IntStream.range(0, pairs.size()).boxed()
                        .sorted(java.util.Comparator.comparingLong(i -> -nanos[k][i])).limit(8)
                        .forEach(i -> System.out.printf("    %7.1f ms  %s%n", nanos[k][i] / 1e6, describe(pairs.get(i)[k])));
            }
        }
        System.out.printf("  load average during the run: %.1f on %d processors%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.println("  examples: " + pairs.subList(0, 3).stream().map(p -> describe(p[1]))
                .collect(Collectors.joining("; ")));
        System.out.println();
    }

    /** The figures of the searches with and without words over some of the queries. */
    private static void printSubset(String[] kinds, long[][] nanos, List<Integer> queries) {
        if (queries.isEmpty()) {
            return;
        }
        for (int kind = 0; kind < 2; kind++) {
            int k = kind;
            long[] subset = queries.stream().mapToLong(i -> nanos[k][i]).toArray();
            long[] sorted = subset.clone();
            Arrays.sort(sorted);
            System.out.printf("  %-34s %8.1f %8.1f %8.1f %8.1f%n", kinds[kind], ms(sorted, 0.50), ms(sorted, 0.95),
                    ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        }
    }

    private static String describe(DecisionQuery q) {
        return "q=" + q.text() + " " + q.filters();
    }

    private static void print(String label, long[] nanos, long meanHits, long estimated) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("  %-34s %8.1f %8.1f %8.1f %8.1f %,12d %9.0f%%%n", label, ms(sorted, 0.50), ms(sorted, 0.95),
                ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6, meanHits, 100.0 * estimated / nanos.length);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    /** Two facets, each with a value a reader sees listed for the plain query. */
    private static DecisionQuery withTwoFacets(DecisionQuery plain, SearchResults results, Random random) {
        List<Facet> offered = new ArrayList<>(results.facets().keySet().stream()
                .filter(f -> !results.facet(f).isEmpty()).toList());
        java.util.Collections.shuffle(offered, random);
        DecisionQuery q = plain;
        for (Facet facet : offered.subList(0, Math.min(2, offered.size()))) {
            List<SearchResults.FacetCount> values = results.facet(facet);
            q = q.with(facet, values.get(random.nextInt(Math.min(5, values.size()))).value());
        }
        return q;
    }

    /** The real letters when the parser and ../shared/corpus are at hand, else none (the generator's own words). */
    private static List<FinalDeterminationLetter> templates() {
        return BenchTemplates.load();
    }

    private void fill(SyntheticLetters generator, int from) throws SQLException, IOException {
        long start = System.nanoTime();
        boolean empty = from == 0;
        List<String> indexes = List.of();
        if (empty) {
            indexes = jdbc.sql("SELECT indexdef FROM pg_indexes WHERE tablename = 'library_item'"
                    + " AND indexname <> 'library_item_pkey'").query(String.class).list();
            for (String name : jdbc.sql("SELECT indexname FROM pg_indexes WHERE tablename = 'library_item'"
                    + " AND indexname <> 'library_item_pkey'").query(String.class).list()) {
                jdbc.sql("DROP INDEX " + name).update();
            }
        }
        // skip the letters generated before (the generator is deterministic)
        for (int n = 1; n <= from; n++) {
            generator.letter(n);
        }
        Map<String, RequestCategory> categories = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var st = connection.createStatement()) {
                st.execute("CREATE TEMP TABLE bench_item (case_number text, item_index smallint, request text,"
                        + " original_request text, authorized_portion text, outcome text, category text,"
                        + " subcategory text, ca_basis text, ca_guideline text, ca_edition text, ca_sections text[],"
                        + " ca_pages text[], ca_other_sources text[], ca_text text, rv_basis text, rv_guideline text,"
                        + " rv_edition text, rv_sections text[], rv_pages text[], rv_other_sources text[], rv_text text,"
                        + " rationale text) ON COMMIT DELETE ROWS");
            }
            connection.commit();
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int first = from + 1; first <= LETTERS; first += BATCH) {
                StringBuilder letterRows = new StringBuilder();
                StringBuilder itemRows = new StringBuilder();
                int last = Math.min(LETTERS, first + BATCH - 1);
                for (int n = first; n <= last; n++) {
                    FinalDeterminationLetter letter = generator.letter(n);
                    appendLetter(letterRows, letter, n);
                    for (int i = 0; i < letter.items().size(); i++) {
                        ItemDetermination item = letter.items().get(i);
                        appendItem(itemRows, letter, i + 1, item,
                                categories.computeIfAbsent(item.request().text(), classifier::classify));
                    }
                }
                copy.copyIn("COPY library_letter (case_number, content_hash, layout, date_assigned, date_of_injury,"
                        + " decision_date, ur_denial_date, application_received, priority, licensure_states,"
                        + " certifications, qualifications, patient_age, patient_sex, clinical_case_summary,"
                        + " documents_reviewed, source_name) FROM STDIN", new StringReader(letterRows.toString()));
                copy.copyIn("COPY bench_item FROM STDIN", new StringReader(itemRows.toString()));
                try (var st = connection.createStatement()) {
                    st.execute("""
                            INSERT INTO library_item (letter_id, item_index, request, original_request,
                                authorized_portion, outcome, category, subcategory, ca_basis, ca_guideline, ca_edition,
                                ca_sections, ca_pages, ca_other_sources, ca_text, rv_basis, rv_guideline, rv_edition,
                                rv_sections, rv_pages, rv_other_sources, rv_text, rationale, decision_date,
                                specialties, states, case_summary)
                            SELECT l.id, b.item_index, b.request, b.original_request, b.authorized_portion, b.outcome,
                                b.category, b.subcategory, b.ca_basis, b.ca_guideline, b.ca_edition, b.ca_sections,
                                b.ca_pages, b.ca_other_sources, b.ca_text, b.rv_basis, b.rv_guideline, b.rv_edition,
                                b.rv_sections, b.rv_pages, b.rv_other_sources, b.rv_text, b.rationale, l.decision_date,
                                l.certifications || l.subspecialties, l.licensure_states, l.clinical_case_summary
                            FROM bench_item b JOIN library_letter l ON l.case_number = b.case_number""");
                }
                connection.commit();
                System.out.printf("\rfilling: %,d / %,d letters, %.0f s", last, LETTERS,
                        (System.nanoTime() - start) / 1e9);
            }
        }
        System.out.println();
        long indexing = System.nanoTime();
        System.out.println("recreating " + indexes.size() + " indexes");
        for (String definition : indexes) {
            jdbc.sql(definition).update();
        }
        jdbc.sql("VACUUM ANALYZE library_letter").update();
        jdbc.sql("VACUUM ANALYZE library_item").update();
        System.out.printf("filled %,d letters in %.0f s (of which indexes and analyze %.0f s)%n", LETTERS - from,
                (System.nanoTime() - start) / 1e9, (System.nanoTime() - indexing) / 1e9);
    }

    private static void appendLetter(StringBuilder row, FinalDeterminationLetter l, int n) {
        var d = l.dates();
        field(row, l.caseNumber().value());
        field(row, LetterSource.contentHash(l.toString()));
        field(row, l.layout().name());
        field(row, d.dateAssigned());
        field(row, d.dateOfInjury());
        field(row, d.decisionDate());
        field(row, d.urDenialDate());
        field(row, d.applicationReceived());
        field(row, l.priority() == null ? null : l.priority().name());
        field(row, array(l.reviewer().licensureStates()));
        field(row, array(l.reviewer().certifications()));
        field(row, l.reviewer().qualifications());
        field(row, l.patient().age());
        field(row, l.patient().sex() == null ? null : l.patient().sex().name());
        field(row, l.clinicalCaseSummary());
        field(row, array(l.documentsReviewed().stream().map(DocumentReviewed::description).toList()));
        last(row, "bench/" + n);
    }

    private static void appendItem(StringBuilder row, FinalDeterminationLetter l, int index, ItemDetermination item,
            RequestCategory category) {
        field(row, l.caseNumber().value());
        field(row, index);
        field(row, item.request().text());
        field(row, item.request().modification().map(m -> m.originalRequest()).orElse(null));
        field(row, item.request().modification().map(m -> m.authorized()).orElse(null));
        field(row, item.outcome().name());
        field(row, category.category());
        field(row, category.subcategory());
        citation(row, item.claimsAdministratorGuideline());
        citation(row, item.reviewerGuideline());
        last(row, item.rationale());
    }

    private static void citation(StringBuilder row, GuidelineCitation c) {
        if (c == null) {
            for (String empty : new String[] {null, null, null, "{}", "{}", "{}", ""}) {
                field(row, empty);
            }
            return;
        }
        field(row, c.basis().name());
        field(row, c.guideline());
        field(row, c.edition());
        field(row, array(c.sections()));
        field(row, array(c.pages().stream().map(PageRange::toString).toList()));
        field(row, array(c.otherSources()));
        field(row, c.text());
    }

    /** A PostgreSQL array literal of texts. */
    private static String array(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static void field(StringBuilder row, Object value) {
        value(row, value);
        row.append('\t');
    }

    private static void last(StringBuilder row, Object value) {
        value(row, value);
        row.append('\n');
    }

    /** A value in COPY's text format. */
    private static void value(StringBuilder row, Object value) {
        if (value == null) {
            row.append("\\N");
            return;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
    }
}
