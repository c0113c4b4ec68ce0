package org.openimr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * What {@code ./openimr --help} and the commands' help print: each command listed with one complete sentence, the
 * option labels the README uses (URL, DIR, N), a {@code help} subcommand on every command that has subcommands.
 * Runs without Spring: none of these starts the database.
 */
class OpenImrCommandHelpTest {

    record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = OpenImr.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void everyCommandIsListedWithOneCompleteSentence() {
        Run help = run("--help");
        assertThat(help.exit()).isZero();
        List<String> lines = help.lines();
        assertThat(lines.subList(lines.indexOf("Commands:"), lines.size())).containsExactly(
                "Commands:",
                "  serve      Starts the web application (public library, API, staff pages).",
                "  letters    Final Determination Letters: parse published letters (PDF or text)",
                "               into JSON.",
                "  letter     The issued Final Determination Letter of a case.",
                "  library    The public library of published letters: ingest them, reclassify",
                "               their requests.",
                "  determine  Drafts a determination of each disputed request from a record.",
                "  evaluate   Measures the determination engine against published letters.",
                "  help       Display help information about the specified command.");
    }

    @Test
    void subcommandsAreListedWithOneCompleteSentence() {
        assertThat(commands(run("letter", "help"))).containsExactly(
                "  render  Writes the issued Final Determination Letter of a case as PDF.",
                "  help    Display help information about the specified command.");
        assertThat(commands(run("library", "help"))).containsExactly(
                "  ingest      Parses Final Determination Letters (PDF or text) and stores them",
                "                in the library.",
                "  reclassify  Classifies every stored disputed item again with the current",
                "                request-category rules.",
                "  help        Display help information about the specified command.");
        assertThat(commands(run("letters", "help"))).containsExactly(
                "  parse  Parses Final Determination Letters (PDF, or text as pdftotext -layout",
                "           prints it) into JSON Lines.",
                "  help   Display help information about the specified command.");
    }

    @Test
    void letterHelpShowsTheHelpOfItsSubcommand() {
        Run help = run("letter", "help", "render");
        assertThat(help.exit()).isZero();
        assertThat(help.lines()).startsWith(
                "Usage: openimr letter render [-hV] [--redacted] [--data-dir=DIR] [--db-url=URL]",
                "                             --pdf=FILE CASE_NUMBER",
                "Writes the issued Final Determination Letter of a case as PDF.");
    }

    @Test
    void serveShowsTheLabelsOfTheReadme() {
        Run help = run("serve", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.lines()).startsWith(
                "Usage: openimr serve [-hV] [--data-dir=DIR] [--db-url=URL] [--port=N]",
                "Starts the web application (public library, API, staff pages).",
                "Without --db-url it runs an embedded PostgreSQL with its data under ./data/pg",
                "and, on an empty database, loads the demo library.");
        assertThat(help.lines()).contains("      --port=N         HTTP port (default: 8080)");
    }

    @Test
    void letterRenderRefusesAMalformedCaseNumberWithExitTwo() {
        Run render = run("letter", "render", "CM26-12", "--pdf", "target/never-written.pdf");
        assertThat(render.exit()).isEqualTo(2);
        assertThat(render.err()).isEqualTo("CM26-12: not a case number (CMyy-nnnnnnn)" + System.lineSeparator());
        assertThat(render.out()).isEmpty();
    }

    private static List<String> commands(Run help) {
        assertThat(help.exit()).isZero();
        List<String> lines = help.lines();
        return lines.subList(lines.indexOf("Commands:") + 1, lines.size());
    }
}
