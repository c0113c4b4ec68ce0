package org.openimr.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The 64 real letters of ../shared/corpus/fdl-2016-2017 against expected.jsonl, every checked field exactly
 * (requests with white space collapsed and case ignored, as the corpus README says). Where a value there is
 * contradicted by the letter, src/test/resources/letters/corpus-corrections.json holds the letter's value with the
 * reason (docs/corpus-notes.md explains each); the code special-cases nothing. Skipped when the corpus is absent.
 *
 * <p>{@code -Dopenimr.corpus.filter=REGEX} restricts the run to matching file names (development on a subset).
 */
class RealLettersTest {

    static final Path CORPUS = Path.of("..", "shared", "corpus", "fdl-2016-2017");
    /** The last letter of the development part; the letters after it were held out until the end. */
    static final String LAST_DEVELOPMENT_LETTER = "CM17-0010006.pdf";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern FILTER = Pattern.compile(System.getProperty("openimr.corpus.filter", ".*"));

    private final LetterParser parser = new LetterParser();

    @Test
    void everyCheckedFieldOfEveryRealLetterIsExact() throws Exception {
        List<JsonNode> expected = expectedLetters();
        ExpectedFields development = new ExpectedFields(Set.of("request"));
        ExpectedFields heldOut = new ExpectedFields(Set.of("request"));
        List<String> failures = new ArrayList<>();
        for (JsonNode e : expected) {
            String source = e.get("source").asString();
            JsonNode actual;
            try {
                actual = LetterJson.toJson(source, parser.parse(CORPUS.resolve(source)));
            } catch (LetterParseException ex) {
                actual = JSON.createObjectNode();
                failures.add(source + ": " + ex.getMessage());
            }
            (source.compareTo(LAST_DEVELOPMENT_LETTER) <= 0 ? development : heldOut).compare(source, e, actual);
        }
        int fields = development.fields + heldOut.fields;
        int exact = development.exact + heldOut.exact;
        System.out.printf(Locale.ROOT, "Real letters: %d letters, fields exact %d / %d (%.2f%%); development %s;"
                + " held out %s%n", expected.size(), exact, fields, fields == 0 ? 100.0 : 100.0 * exact / fields,
                development, heldOut);
        List<String> mismatches = new ArrayList<>(failures);
        mismatches.addAll(development.mismatches);
        mismatches.addAll(heldOut.mismatches);
        mismatches.forEach(m -> System.out.println("  MISMATCH " + m));
        assertThat(mismatches).isEmpty();
        assertThat(exact).isEqualTo(fields);
    }

    @Test
    void pdfBoxAndPdftotextLayoutGiveTheSameLetters() throws Exception {
        List<JsonNode> expected = expectedLetters();
        assumeTrue(pdftotextAvailable(), "pdftotext (poppler-utils) is not installed: parity with its text not checked");
        int compared = 0;
        for (JsonNode e : expected) {
            String source = e.get("source").asString();
            Path pdf = CORPUS.resolve(source);
            String viaPdftotext = LetterJson.toJsonLine(source, parser.parseText(pdftotext(pdf)));
            String viaPdfBox = LetterJson.toJsonLine(source, parser.parse(pdf));
            assertThat(viaPdftotext).as(source).isEqualTo(viaPdfBox);
            compared++;
        }
        System.out.println("PDFBox and pdftotext -layout gave the same letter for " + compared + " PDFs");
        assertThat(compared).isEqualTo(expected.size());
    }

    static List<JsonNode> expectedLetters() throws IOException {
        Path file = CORPUS.resolve("expected.jsonl");
        assumeTrue(Files.isRegularFile(file), "the real letters are absent (" + CORPUS.toAbsolutePath().normalize()
                + "): skipping the tests over them");
        JsonNode corrections = corrections();
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            ObjectNode e = (ObjectNode) JSON.readTree(line);
            if (!FILTER.matcher(e.get("source").asString()).matches()) {
                continue;
            }
            JsonNode fixes = corrections.get(e.get("source").asString());
            if (fixes != null) {
                for (Map.Entry<String, JsonNode> fix : fixes.properties()) {
                    set(e, fix.getKey(), fix.getValue().get("letter"));
                }
            }
            out.add(e);
        }
        return out;
    }

    private static JsonNode corrections() throws IOException {
        try (InputStream in = RealLettersTest.class.getResourceAsStream("/letters/corpus-corrections.json")) {
            return in == null ? JSON.createObjectNode() : JSON.readTree(in);
        }
    }

    /** Sets the value at a pointer like "/reviewer/certifications" or "/items/0/request". */
    private static void set(JsonNode root, String pointer, JsonNode value) {
        String[] parts = pointer.substring(1).split("/");
        JsonNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.isArray() ? node.get(Integer.parseInt(parts[i])) : node.get(parts[i]);
        }
        ((ObjectNode) node).set(parts[parts.length - 1], value);
    }

    static boolean pdftotextAvailable() {
        try {
            Process p = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static String pdftotext(Path pdf) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").start();
        byte[] out = p.getInputStream().readAllBytes();
        p.getErrorStream().readAllBytes();
        assertThat(p.waitFor()).as("pdftotext exit code for " + pdf).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
