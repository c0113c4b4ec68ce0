package org.openimr.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every demo letter (src/main/resources/demo/letters, written by the demo branch in all five layouts) parses, gets
 * the layout its file name names, and gives the values of the demo's expected.jsonl. Two differences of schema are
 * bridged here, not in the parser: the demo writes a modified request's original and authorized parts under
 * "modification", the JSON Lines schema has them as "originalRequest" / "authorized" on the item; and the demo lists
 * a prose subspecialty among the certifications, the parser keeps it in "subspecialties" (docs/letter-schema.md).
 */
class DemoLettersTest {

    static final Path DEMO = Path.of("src", "main", "resources", "demo", "letters");
    private static final Map<String, Layout> LAYOUT_BY_PREFIX = Map.of(
            "header2016-", Layout.HEADER_2016,
            "narrative2014-", Layout.NARRATIVE_2014,
            "documents2015-", Layout.DOCUMENTS_2015,
            "notice2013-", Layout.NOTICE_2013,
            "mpr-", Layout.MEDICAL_PROFESSIONAL_REVIEW);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LetterParser parser = new LetterParser();

    @Test
    void everyDemoLetterParsesWithTheLayoutItsNameSays() throws Exception {
        List<Path> letters = demoLetters();
        assertThat(letters).as("demo letters in " + DEMO).isNotEmpty();
        for (Path file : letters) {
            FinalDeterminationLetter letter = parser.parse(file);
            String name = file.getFileName().toString();
            Layout expected = LAYOUT_BY_PREFIX.entrySet().stream().filter(e -> name.startsWith(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError("no layout for " + name));
            assertThat(letter.layout()).as(name).isEqualTo(expected);
            assertThat(letter.items()).as(name).isNotEmpty();
        }
        assertThat(letters.stream().map(p -> parserLayout(p)).distinct()).hasSize(Layout.values().length);
    }

    @Test
    void demoLettersGiveTheDemoExpectedValues() throws Exception {
        ExpectedFields check = new ExpectedFields(Set.of("request", "originalRequest", "authorized"));
        List<String> lines = Files.readAllLines(DEMO.resolve("expected.jsonl"), StandardCharsets.UTF_8);
        int letters = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            ObjectNode expected = toParserSchema((ObjectNode) JSON.readTree(line));
            String source = expected.get("source").asString();
            ObjectNode actual = LetterJson.toJson(source, parser.parse(DEMO.resolve(source)));
            ArrayNode certifications = (ArrayNode) actual.get("reviewer").get("certifications");
            actual.get("reviewer").get("subspecialties").forEach(certifications::add);
            check.compare(source, expected, actual);
            letters++;
        }
        System.out.println("Demo letters: " + letters + " letters, fields exact " + check);
        check.mismatches.forEach(m -> System.out.println("  MISMATCH " + m));
        assertThat(check.mismatches).isEmpty();
        assertThat(letters).isEqualTo(demoLetters().size());
    }

    /** The demo's "modification": {originalRequest, authorized} becomes the item's own two fields. */
    private static ObjectNode toParserSchema(ObjectNode expected) {
        for (JsonNode item : expected.get("items")) {
            JsonNode modification = ((ObjectNode) item).remove("modification");
            if (modification != null) {
                ((ObjectNode) item).set("originalRequest", modification.get("originalRequest"));
                ((ObjectNode) item).set("authorized", modification.get("authorized"));
            }
        }
        return expected;
    }

    private Layout parserLayout(Path p) {
        try {
            return parser.parse(p).layout();
        } catch (LetterParseException e) {
            throw new AssertionError(p + ": " + e.getMessage(), e);
        }
    }

    static List<Path> demoLetters() throws Exception {
        try (Stream<Path> files = Files.list(DEMO)) {
            return new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList());
        }
    }
}
