package org.openimr.library.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.openimr.library.LibraryIngest;
import org.openimr.shared.cli.DatabaseOptions;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code openimr library ingest PATH...}: parses letter files and stores them in the library, each in its own
 * transaction. A progress bar on a terminal, a line per file otherwise; a summary at the end. Exit code 0 when
 * every file was stored or already present, 1 when any failed.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Parses Final Determination Letters (PDF or text) and stores them in the library.",
                "A folder stands for the *.pdf and *.txt files under it. A letter already stored (same case number, "
                        + "or same text) is skipped, so a run that stopped half way can simply be run again.",
                "Exit code: 0 all stored or already present, 1 some file failed (each listed with the reason)."})
class LibraryIngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Letter files (PDF or text) or folders of them.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        try (ConfigurableApplicationContext context = database.start(spec)) {
            LibraryIngest ingest = context.getBean(LibraryIngest.class);
            Progress progress = System.console() != null ? new Progress.Bar(out) : new Progress.Lines(out);
            LibraryIngest.Report report = ingest.ingest(paths, progress);
            progress.close();
            summary(out, report, (System.nanoTime() - start) / 1e9);
            return report.count(LibraryIngest.Status.FAILED) == 0 ? 0 : 1;
        }
    }

    static void summary(PrintWriter out, LibraryIngest.Report report, double seconds) {
        out.printf("Ingest finished in %.1f s: %d stored (%d items), %d already present, %d failed.%n", seconds,
                report.count(LibraryIngest.Status.STORED), report.itemsStored(),
                report.count(LibraryIngest.Status.ALREADY_PRESENT), report.count(LibraryIngest.Status.FAILED));
        List<String> unclassified = report.unclassifiedRequests();
        if (!unclassified.isEmpty()) {
            out.printf("%d request(s) fell in no category (stored as Other / Unclassified; see"
                    + " determination/request-categories.yaml):%n", unclassified.size());
            unclassified.forEach(r -> out.println("  " + r));
        }
        if (!report.failures().isEmpty()) {
            out.println("Failed:");
            report.failures().forEach(f -> out.println("  " + f.file() + ": " + f.reason()));
        }
        out.flush();
    }
}
