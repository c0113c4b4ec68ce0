package org.openimr.reviewers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.openimr.determination.InterpretedRequest;
import org.openimr.determination.RequestInterpreter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Derives the table of {@code reviewers/specialty-fit.yaml} from the 64 real letters: every item of
 * {@code ../shared/corpus/fdl-2016-2017/expected.jsonl} is sorted by the determination module's request interpreter (as a case sorts its items), and every
 * certification the deciding reviewer lists counts one for that kind of item. The test fails when the table in the
 * file is not what the letters give; to rewrite it:
 *
 * <pre>./mvnw -B -ntp -q test -Dtest=SpecialtyFitDerivationTest -Dreviewers.regenerateSpecialtyFit=true</pre>
 *
 * Only counts go into the file, no letter text. The part of the file above the marker line (comments, version,
 * discount, band width, aliases) is written by hand and kept.
 */
class SpecialtyFitDerivationTest {

    static final String MARKER = "# ---- derived below this line by SpecialtyFitDerivationTest: do not edit by hand ----";
    private static final Path EXPECTED = Path.of("..", "shared", "corpus", "fdl-2016-2017", "expected.jsonl");
    private static final Path YAML = Path.of("src", "main", "resources", SpecialtyFitTable.RESOURCE);

    record Decided(String caseNumber, String request, DisputedItemKind kind, List<Specialty> specialties) {
    }

    @Test
    void theTableInTheFileIsWhatTheLettersGive() throws IOException {
        assumeTrue(Files.exists(EXPECTED), "skipped: the real letters are not at " + EXPECTED.toAbsolutePath()
                + " (the shared corpus folder is absent)");
        String current = Files.readString(YAML, StandardCharsets.UTF_8);
        int marker = current.indexOf(MARKER);
        assertThat(marker).as("marker line in " + YAML).isNotNegative();
        String header = current.substring(0, marker);
        SpecialtyFitTable aliasesOnly = SpecialtyFitTable.from(YamlResource.parse("header", header + "entries: []\n"));

        List<Decided> decided = decidedItems(aliasesOnly);
        String derived = render(decided);
        String expected = header + MARKER + "\n" + derived;

        if (Boolean.getBoolean("reviewers.regenerateSpecialtyFit")) {
            Files.writeString(YAML, expected, StandardCharsets.UTF_8);
            current = expected;
            decided.forEach(d -> System.out.println(d.caseNumber() + "  " + d.kind().describe() + "  <=  "
                    + d.request()));
        }
        assertThat(current).as("the derived table of " + YAML + " is stale; regenerate it with "
                + "-Dreviewers.regenerateSpecialtyFit=true (see the class comment)").isEqualTo(expected);
    }

    static List<Decided> decidedItems(SpecialtyFitTable table) throws IOException {
        RequestInterpreter interpreter = RequestInterpreter.standard();
        JsonMapper json = JsonMapper.builder().build();
        List<Decided> decided = new ArrayList<>();
        for (String line : Files.readAllLines(EXPECTED, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode letter = json.readTree(line);
            Set<Specialty> specialties = new LinkedHashSet<>();
            for (JsonNode c : letter.get("reviewer").get("certifications")) {
                specialties.add(table.canonical(Specialty.of(c.asString())));
            }
            for (JsonNode item : letter.get("items")) {
                String request = item.get("request").asString();
                decided.add(new Decided(letter.get("caseNumber").asString(), request, kindOf(interpreter, request),
                        List.copyOf(specialties)));
            }
        }
        return decided;
    }

    /**
     * The kind of a request as the case gives it: the determination module's reading (this test stands where the
     * case does; the module itself never reads request text).
     */
    static DisputedItemKind kindOf(RequestInterpreter interpreter, String request) {
        InterpretedRequest r = interpreter.interpret(request);
        return new DisputedItemKind(r.category(), r.regions());
    }

    /** The derived part: counts at four levels (all, category, category/subcategory, and with the region). */
    static String render(List<Decided> decided) {
        String any = SpecialtyFitTable.ANY;
        Map<List<String>, Map<Specialty, Integer>> weights = new TreeMap<>(ORDER);
        Map<List<String>, Integer> items = new TreeMap<>(ORDER);
        Set<String> letters = new LinkedHashSet<>();
        for (Decided d : decided) {
            letters.add(d.caseNumber());
            String c = d.kind().category().category();
            String s = d.kind().subcategory();
            List<List<String>> keys = List.of(List.of(any, any, any), List.of(c, any, any), List.of(c, s, any),
                    List.of(c, s, d.kind().regionKey()));
            for (List<String> key : keys) {
                items.merge(key, 1, Integer::sum);
                Map<Specialty, Integer> w = weights.computeIfAbsent(key, k -> new TreeMap<>());
                d.specialties().forEach(sp -> w.merge(sp, 1, Integer::sum));
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("# From ").append(letters.size()).append(" letters and ").append(decided.size())
                .append(" decided items. Each entry: how many of its items were decided by a reviewer listing\n")
                .append("# each certification/specialty (a reviewer listing two counts for both).\n");
        out.append("letters: ").append(letters.size()).append('\n');
        out.append("items: ").append(decided.size()).append('\n');
        out.append("entries:\n");
        weights.forEach((key, w) -> {
            out.append("  - category: ").append(quote(key.get(0))).append('\n');
            out.append("    subcategory: ").append(quote(key.get(1))).append('\n');
            out.append("    region: ").append(quote(key.get(2))).append('\n');
            out.append("    items: ").append(items.get(key)).append('\n');
            out.append("    specialties:\n");
            w.entrySet().stream()
                    .sorted(Map.Entry.<Specialty, Integer>comparingByValue().reversed()
                            .thenComparing(e -> e.getKey().key()))
                    .forEach(e -> out.append("      ").append(quote(e.getKey().name())).append(": ")
                            .append(e.getValue()).append('\n'));
        });
        return out.toString();
    }

    /** Entries from general to specific, then by category, subcategory and region, alphabetically. */
    private static final Comparator<List<String>> ORDER = Comparator
            .<List<String>>comparingInt(k -> (int) k.stream().filter(SpecialtyFitTable.ANY::equals).count() * -1)
            .thenComparing(k -> k.get(0).equals(SpecialtyFitTable.ANY) ? "" : k.get(0).toLowerCase(Locale.ROOT))
            .thenComparing(k -> k.get(1).equals(SpecialtyFitTable.ANY) ? "" : k.get(1).toLowerCase(Locale.ROOT))
            .thenComparing(k -> k.get(2).equals(SpecialtyFitTable.ANY) ? "" : k.get(2));

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
