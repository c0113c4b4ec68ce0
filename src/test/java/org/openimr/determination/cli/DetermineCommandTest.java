package org.openimr.determination.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code openimr determine} on a synthetic record. */
class DetermineCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new DetermineCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path record() throws Exception {
        return Files.writeString(dir.resolve("record.txt"), "The patient is a 50-year-old woman injured on 01/05/2016 "
                + "with a lumbar strain. She has completed 20 sessions of physical therapy.\n");
    }

    @Test
    void draftsEachRequestWithItsGuidelineLineRationaleAndTrace() throws Exception {
        int code = run("--record", record().toString(), "--request", "Additional physical therapy 2x4 for the low back",
                "--request", "Zebra crossing paint", "--date", "2016-12-01");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Additional physical therapy 2x4 for the low back: UPHELD",
                "Guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016",
                "20 sessions of physical therapy", "Zebra crossing paint: REFER", "request date 2016-12-01");
        // the steps that decided each draft follow its trace line
        assertThat(out.toString()).contains("    - Request date 2016-12-01; guidelines in force chosen by it.",
                "    - Phase of care: chronic: 331 days from the injury (2016-01-05) to the request.");
    }

    @Test
    void jsonGivesOneObjectPerDraftWithEvidenceSpans() throws Exception {
        int code = run("--record", record().toString(), "--request", "Additional physical therapy 2x4 for the low back",
                "--date", "2016-12-01", "--json");
        assertThat(code).isZero();
        JsonNode draft = JsonMapper.builder().build().readTree(out.toString().strip());
        assertThat(draft.get("predicted").asString()).isEqualTo("UPHELD");
        assertThat(draft.get("citation").asString()).startsWith("Decision based on MTUS");
        JsonNode fact = null;
        for (JsonNode s : draft.get("rationaleSentences")) {
            if (s.get("kind").asString().equals("FACT")) {
                fact = s;
            }
        }
        assertThat(fact).isNotNull();
        assertThat(fact.get("evidence").get(0).get("quote").asString()).isNotBlank();
        assertThat(draft.get("trace").get("recommendations").size()).isPositive();
    }

    @Test
    void eachDraftSaysHowTheRequestWasRead() throws Exception {
        int code = run("--record", record().toString(), "--request", "Additional physical therapy 2x4 for the low back",
                "--request", "Norco 10/325 mg #60", "--request", "TPI with lidocaine x 4 sites, bilateral trapezius",
                "--request", "Zebra crossing paint", "--date", "2016-12-01");
        assertThat(code).isZero();
        assertThat(out.toString().lines().filter(l -> l.startsWith("  Read as: ")).toList()).containsExactly(
                "  Read as: physical_therapy; lumbar spine; 8 (2 a week for 4 weeks); additional",
                "  Read as: opioid; 60; Norco 10/325 mg #60, oral",
                "  Read as: trigger_point_injection; 4; injecting lidocaine",
                "  Read as: no treatment the guideline data addresses");
    }

    @Test
    void jsonGivesTheTypedRequest() throws Exception {
        int code = run("--record", record().toString(), "--request", "Cervical ESI C5-6 on the left x 1",
                "--request", "Norco 10/325 mg #60", "--date", "2016-12-01", "--json");
        assertThat(code).isZero();
        List<JsonNode> drafts = out.toString().lines().map(l -> JsonMapper.builder().build().readTree(l)).toList();
        JsonNode esi = drafts.get(0).get("interpreted");
        assertThat(esi.get("kind").asString()).isEqualTo("EPIDURAL_STEROID_INJECTION");
        assertThat(esi.get("regions").get(0).asString()).isEqualTo("CERVICAL_SPINE");
        assertThat(esi.get("side").asString()).isEqualTo("LEFT");
        assertThat(esi.get("quantity").get("count").asInt()).isEqualTo(1);
        assertThat(esi.has("drug")).isFalse();
        JsonNode norco = drafts.get(1).get("interpreted").get("drug");
        assertThat(norco.get("name").asString()).isEqualTo("Norco");
        assertThat(norco.get("code").asString()).isEqualTo("hydrocodone");
        assertThat(norco.get("strength").asString()).isEqualTo("10/325 mg");
        assertThat(norco.get("count").asInt()).isEqualTo(60);
        assertThat(norco.get("route").asString()).isEqualTo("ORAL");
    }

    @Test
    void aMissingRecordIsAUsageError() {
        int code = run("--record", dir.resolve("none.txt").toString(), "--request", "MRI of the lumbar spine",
                "--date", "2016-12-01");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no such file");
    }

    @Test
    void aRecordThatIsNotUtf8TextIsAUsageErrorThatSaysSo() throws Exception {
        Path pdf = Files.write(dir.resolve("record.pdf"), new byte[] {'%', 'P', 'D', 'F', (byte) 0xE2, (byte) 0xE3,
                (byte) 0xCF, (byte) 0xD3, '\n'});
        int code = run("--record", pdf.toString(), "--request", "MRI of the lumbar spine", "--date", "2016-12-01");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains(pdf + ": not a text file in UTF-8 (a PDF or a scan must be converted to "
                + "text first)");
        assertThat(out.toString()).isEmpty();
    }
}
