package org.openimr.determination.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

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
    void aMissingRecordIsAUsageError() {
        int code = run("--record", dir.resolve("none.txt").toString(), "--request", "MRI of the lumbar spine",
                "--date", "2016-12-01");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no such file");
    }
}
