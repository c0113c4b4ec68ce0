package org.openimr.library.cli;

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

/** {@code openimr evaluate} on the parser's synthetic letters (case numbers ending in an odd and an even digit). */
class EvaluateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new EvaluateCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void printsTheFiguresAndWritesOnePredictionPerItem() throws Exception {
        Path predictions = dir.resolve("predictions.jsonl");
        int code = run("src/test/resources/letters/header2016-expedited-modified.txt", "--all", "--predictions",
                predictions.toString());
        assertThat(code).isZero();
        assertThat(out.toString()).contains("All letters: 1 letters, 4 items", "coverage", "kappa", "baseline",
                "Rehabilitation", "  95% intervals (Wilson): coverage ");
        List<String> lines = Files.readAllLines(predictions);
        assertThat(lines).hasSize(4);
        JsonNode first = JsonMapper.builder().build().readTree(lines.get(0));
        assertThat(first.get("caseNumber").asString()).isEqualTo("CM16-9100201");
        assertThat(first.get("item").asInt()).isZero();
        assertThat(first.get("request").asString()).isEqualTo("Occupational therapy for the right wrist, twelve visits");
        assertThat(first.get("predicted").asString()).isIn("UPHELD", "OVERTURNED", "REFER");
        assertThat(first.has("citation")).isTrue();
        assertThat(first.get("rationale").asString()).isNotBlank();
    }

    @Test
    void theDefaultIsTheDevelopmentSplitAndHeldOutSkipsIt() {
        run("src/test/resources/letters/header2016-expedited-modified.txt");
        assertThat(out.toString()).contains("Development letters: 0 letters, 0 items (1 letters of the other split skipped)");
    }

    @Test
    void anUnreadableFileIsReportedAndTheExitCodeIsOne() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.txt"), "not a letter at all");
        int code = run(bad.toString(), "--all");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("bad.txt");
    }
}
