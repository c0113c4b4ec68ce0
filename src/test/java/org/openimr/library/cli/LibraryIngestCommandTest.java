package org.openimr.library.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openimr.OpenImr;
import org.openimr.library.LibraryDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import picocli.CommandLine;

/** The command as a user runs it, against the test database through --db-url. */
class LibraryIngestCommandTest extends LibraryDatabaseTest {

    @Autowired
    EmbeddedPostgres postgres;

    @TempDir
    Path folder;

    @Test
    void ingestsFilesPrintsALinePerFileAndASummaryAndFailsWhenAFileFailed() throws IOException {
        var demo = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/letters/header2016-0*.txt");
        for (int i = 0; i < 2; i++) {
            Files.writeString(folder.resolve(demo[i].getFilename()), demo[i].getContentAsString(StandardCharsets.UTF_8));
        }
        Files.writeString(folder.resolve("zz-broken.txt"), "not a letter at all");

        Run first = run("ingest", "--db-url", postgres.getJdbcUrl("postgres", "postgres"), folder.toString());

        assertThat(first.exitCode).isEqualTo(1);
        assertThat(first.out).contains("1/3 ", "2/3 ", "3/3 ").contains(": stored CM16-9")
                .contains("zz-broken.txt: FAILED: ")
                .contains("Ingest finished in").contains(": 2 stored (").contains("0 already present, 1 failed.")
                .contains("Failed:\n  " + folder.resolve("zz-broken.txt") + ": ");

        Files.delete(folder.resolve("zz-broken.txt"));
        Run again = run("ingest", "--db-url", postgres.getJdbcUrl("postgres", "postgres"), folder.toString());

        assertThat(again.exitCode).isZero();
        assertThat(again.out).contains(": 0 stored (0 items), 2 already present, 0 failed.");
        assertThat(jdbc.sql("SELECT count(*) FROM library_letter").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void reclassifyReportsHowManyItemsChanged() {
        Run run = run("reclassify", "--db-url", postgres.getJdbcUrl("postgres", "postgres"));
        assertThat(run.exitCode).isZero();
        assertThat(run.out).contains("0 items changed category.");
    }

    @Test
    void outsideTheLauncherItSaysHowToRunIt() {
        CommandLine alone = new CommandLine(new LibraryCommand());
        StringWriter err = new StringWriter();
        alone.setErr(new PrintWriter(err, true));
        assertThat(alone.execute("reclassify")).isEqualTo(1);
        assertThat(err.toString()).contains("run this command through the openimr launcher: openimr library reclassify");
    }

    @Test
    void withoutAPathItSaysWhatIsMissing() {
        Run run = run("ingest");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("Missing required parameter");
    }

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // through the launcher, as a user runs it: the library commands start Spring through it
        CommandLine cli = new CommandLine(new OpenImr());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] withGroup = new String[args.length + 1];
        withGroup[0] = "library";
        System.arraycopy(args, 0, withGroup, 1, args.length);
        int code = cli.execute(withGroup);
        return new Run(code, out.toString(), err.toString());
    }
}
