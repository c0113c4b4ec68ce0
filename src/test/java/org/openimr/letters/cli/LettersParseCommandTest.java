package org.openimr.letters.cli;

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

class LettersParseCommandTest {

    private static final Path DEMO = Path.of("src", "main", "resources", "demo", "letters");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new LettersCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void parsesFilesAndFoldersInOrderOneJsonObjectPerLine() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("letters"));
        Files.copy(DEMO.resolve("narrative2014-05-tens-unit.txt"), folder.resolve("b.txt"));
        Files.copy(DEMO.resolve("mpr-01-topical-compound.txt"), folder.resolve("a.txt"));
        Files.writeString(folder.resolve("notes.md"), "not a letter, and not *.pdf or *.txt: ignored");
        Path single = DEMO.resolve("header2016-02-lumbar-mri.txt");

        int exit = run("parse", single.toString(), folder.toString());

        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        List<JsonNode> letters = lines.stream().map(JSON::readTree).toList();
        assertThat(letters).extracting(l -> l.get("source").asString()).containsExactly(single.toString(),
                folder.resolve("a.txt").toString(), folder.resolve("b.txt").toString());
        assertThat(letters).extracting(l -> l.get("layout").asString())
                .containsExactly("HEADER_2016", "MEDICAL_PROFESSIONAL_REVIEW", "NARRATIVE_2014");
        assertThat(letters.get(0).get("caseNumber").asString()).isEqualTo("CM16-9000102");
    }

    @Test
    void aFileThatFailsGivesOneLineOnStandardErrorAndTheOthersAreStillParsed() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.pdf"));
        Path junk = Files.write(dir.resolve("junk.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7});
        Path good = DEMO.resolve("notice2013-01-functional-restoration.txt");

        int exit = run("parse", empty.toString(), good.toString(), junk.toString(), dir.resolve("absent.pdf").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString().lines()).hasSize(1).allSatisfy(l -> assertThat(l).contains("\"layout\":\"NOTICE_2013\""));
        assertThat(err.toString().lines()).containsExactly(
                empty + ": empty file",
                junk + ": neither a PDF nor text (binary content)",
                dir.resolve("absent.pdf") + ": no such file");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("parse")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter");
        assertThat(run("parse", "--no-such-option", "x.pdf")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
    }
}
