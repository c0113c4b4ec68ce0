package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.openimr.determination.Drafts.explain;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openimr.determination.RecommendationTrace.Conclusion;
import org.openimr.guidelines.GuidelineCatalogue;
import org.openimr.guidelines.Recommendation;
import org.openimr.guidelines.Strength;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every recommendation shipped in {@code guidelines/recommendations/*.yaml} has its own examples, on synthetic
 * records written for OpenIMR (never a letter's text), in {@code src/test/resources/recommendation-examples/} under
 * the same file name:
 * <ul>
 *   <li><b>met</b>: its criteria hold on documented facts and the request is within its limits, so it concludes
 *       SUPPORTED;</li>
 *   <li><b>missed</b>: a criterion is contradicted or a limit is exceeded (NOT_SUPPORTED), or, for a treatment the
 *       guideline does not recommend, the recommendation addresses the case (NOT_RECOMMENDED);</li>
 *   <li><b>missing</b>: a fact it needs is not stated (UNDOCUMENTED), and the draft names what is missing.</li>
 * </ul>
 * Each example states the draft's outcome too, so the examples check the engine's whole answer, not only the trace.
 */
class RecommendationExamplesTest {

    static final Path EXAMPLES = Path.of("src/test/resources/recommendation-examples");
    static final GuidelineCatalogue CATALOGUE = GuidelineCatalogue.loadDefault();

    /** The three kinds of example, and the conclusion each must reach. */
    enum Kind {
        MET, MISSED, MISSING;

        String key() {
            return name().toLowerCase();
        }

        Set<Conclusion> conclusions(Recommendation r) {
            return switch (this) {
                case MET -> Set.of(Conclusion.SUPPORTED);
                case MISSED -> r.strength() == Strength.NOT_RECOMMENDED
                        ? Set.of(Conclusion.NOT_RECOMMENDED) : Set.of(Conclusion.NOT_SUPPORTED);
                case MISSING -> Set.of(Conclusion.UNDOCUMENTED);
            };
        }
    }

    /** One example: a request against a record, the outcome expected, and words the missing documentation names. */
    record Example(String file, String recommendation, Kind kind, String request, LocalDate requestDate,
            Optional<LocalDate> injury, String record, DraftOutcome outcome, List<String> names) {

        @Override
        public String toString() {
            return recommendation + " " + kind.key();
        }
    }

    /** One entry of an examples file: its examples, and the kinds it leaves out with the reason why. */
    record Entry(String file, String recommendation, List<Example> examples, Map<Kind, String> without) {
    }

    static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                entries.addAll(read(f));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + EXAMPLES, e);
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    static List<Entry> read(Path file) throws IOException {
        Map<String, Object> doc;
        try (Reader in = Files.newBufferedReader(file)) {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        String name = file.getFileName().toString();
        Map<String, Object> defaults = (Map<String, Object>) doc.getOrDefault("defaults", Map.of());
        List<Entry> entries = new ArrayList<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) doc.get("examples")) {
            Map<String, Object> entryDefaults = new LinkedHashMap<>(defaults);
            for (String k : List.of("request", "requestDate", "injury")) {
                if (e.containsKey(k)) {
                    entryDefaults.put(k, e.get(k));
                }
            }
            String id = (String) e.get("recommendation");
            List<Example> examples = new ArrayList<>();
            for (Kind kind : Kind.values()) {
                Object given = e.get(kind.key());
                // one example of the kind, or a list of them (a criterion contradicted and a limit exceeded)
                List<Map<String, Object>> ofKind = given == null ? List.of() : given instanceof List<?> list
                        ? (List<Map<String, Object>>) list : List.of((Map<String, Object>) given);
                for (Map<String, Object> ex : ofKind) {
                    Map<String, Object> v = new LinkedHashMap<>(entryDefaults);
                    v.putAll(ex);
                    examples.add(new Example(name, id, kind, text(v, "request", id), date(v.get("requestDate"), id),
                            Optional.ofNullable(v.get("injury")).map(d -> date(d, id)), text(v, "record", id),
                            DraftOutcome.valueOf(text(v, "outcome", id)),
                            (List<String>) v.getOrDefault("names", List.of())));
                }
            }
            Map<Kind, String> without = new LinkedHashMap<>();
            ((Map<String, String>) e.getOrDefault("without", Map.of()))
                    .forEach((k, why) -> without.put(Kind.valueOf(k.toUpperCase()), why));
            entries.add(new Entry(name, id, examples, without));
        }
        return entries;
    }

    static String text(Map<String, Object> v, String key, String id) {
        Object o = v.get(key);
        if (!(o instanceof String s) || s.isBlank()) {
            throw new IllegalStateException(id + ": example has no " + key);
        }
        return s.strip();
    }

    static LocalDate date(Object o, String id) {
        if (o instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        if (o instanceof String s) {
            return LocalDate.parse(s);
        }
        throw new IllegalStateException(id + ": not a date: " + o);
    }

    static Stream<Example> examples() {
        return entries().stream().flatMap(e -> e.examples().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theRecommendationConcludesAsTheExampleSays(Example ex) {
        Recommendation r = CATALOGUE.recommendation(ex.recommendation())
                .orElseThrow(() -> new AssertionError(ex.file() + " names no shipped recommendation: "
                        + ex.recommendation()));
        CaseDates dates = new CaseDates(Optional.of(ex.requestDate()), Optional.empty(), Optional.empty(),
                Optional.empty(), ex.injury());
        Draft d = Drafts.ENGINE.draft(new CaseForDetermination(dates, ex.record(), List.of(ex.request()))).get(0);
        RecommendationTrace applied = d.trace().recommendations().stream()
                .filter(t -> t.id().equals(r.id())).findFirst()
                .orElseGet(() -> fail(r.id() + " was not considered for \"" + ex.request() + "\"\n" + explain(d)));
        assertThat(applied.conclusion()).as(explain(d)).isIn(ex.kind().conclusions(r));
        assertThat(d.outcome()).as(explain(d)).isEqualTo(ex.outcome());
        if (ex.kind() == Kind.MISSING) {
            assertThat(d.missingDocumentation()).as(ex + ": what would change the answer\n" + explain(d)).isNotEmpty();
            String missing = String.join(" | ", d.missingDocumentation()).toLowerCase();
            assertThat(ex.names()).as(ex + " says which words the missing documentation names").isNotEmpty();
            ex.names().forEach(w -> assertThat(missing).as(explain(d)).contains(w.toLowerCase()));
        }
    }

    /** Which kinds of example a recommendation needs: what it can conclude given its strength and criteria. */
    static List<Kind> needed(Recommendation r) {
        return switch (r.strength()) {
            case NOT_RECOMMENDED -> List.of(Kind.MISSED);
            case RECOMMENDED -> r.limits().isEmpty() ? List.of(Kind.MET) : List.of(Kind.MET, Kind.MISSED);
            case RECOMMENDED_WITH_CRITERIA -> List.of(Kind.MET, Kind.MISSED, Kind.MISSING);
        };
    }

    @Test
    void everyShippedRecommendationHasItsExamplesOrSaysWhyNot() {
        Map<String, Entry> byId = new LinkedHashMap<>();
        for (Entry e : entries()) {
            assertThat(byId.put(e.recommendation(), e)).as(e.recommendation() + " has one entry").isNull();
        }
        List<String> gaps = new ArrayList<>();
        for (Recommendation r : CATALOGUE.recommendations()) {
            String file = Path.of(r.file()).getFileName().toString();
            Entry e = byId.get(r.id());
            if (e == null) {
                gaps.add(file + ": " + r.id() + " has no examples");
                continue;
            }
            if (!e.file().equals(file)) {
                gaps.add(e.file() + ": " + r.id() + " belongs in " + file);
            }
            Set<Kind> given = e.examples().stream().map(Example::kind).collect(Collectors.toSet());
            for (Kind k : needed(r)) {
                String why = e.without().get(k);
                if (!given.contains(k) && (why == null || why.isBlank())) {
                    gaps.add(file + ": " + r.id() + " has no " + k.key() + " example and says not why");
                }
            }
        }
        Set<String> unknown = new TreeSet<>(byId.keySet());
        CATALOGUE.recommendations().forEach(r -> unknown.remove(r.id()));
        unknown.forEach(id -> gaps.add(id + " is not a shipped recommendation"));
        assertThat(gaps).as(gaps.size() + " gaps").isEmpty();
    }
}
