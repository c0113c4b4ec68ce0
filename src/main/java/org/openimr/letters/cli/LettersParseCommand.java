package org.openimr.letters.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.openimr.letters.LetterJson;
import org.openimr.letters.LetterParseException;
import org.openimr.letters.LetterParser;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code openimr letters parse FILE...}: one JSON object per letter per line on standard output (docs/letter-schema.md),
 * in the order of the arguments (a folder gives its *.pdf and *.txt files, sorted by name). A file that cannot be
 * parsed gives one line "FILE: reason" on standard error, and the others are still parsed. Exit code 0 when every file
 * was parsed, 1 when any failed, 2 on a usage error. Files are parsed in parallel; the output order does not depend
 * on it.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Parses Final Determination Letters (PDF, or text as pdftotext -layout prints it) into JSON Lines.",
                "A folder stands for the *.pdf and *.txt files in it, sorted by name.",
                "Exit code: 0 all parsed, 1 some file failed (one line 'FILE: reason' each on stderr), 2 usage error."})
public class LettersParseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Letter files (PDF or text) or folders of them.")
    List<Path> inputs;

    @Option(names = "--threads", paramLabel = "N",
            description = "Files parsed at the same time (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws InterruptedException {
        quietLibraryLogging();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Expansion expansion = expand(inputs, err);
        List<Path> files = expansion.files();
        boolean allParsed = !expansion.folderFailed();
        LetterParser parser = new LetterParser();
        int n = Math.max(1, Math.min(threads, files.size()));
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(null, r, "letters-parse", 16L << 20); // room for deeply nested PDFs
            t.setDaemon(true);
            return t;
        });
        try {
            // a bounded window of files in flight: output in argument order, memory independent of the number of files
            Deque<Future<Result>> window = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < n * 4) {
                    Path file = files.get(next++);
                    window.add(pool.submit(() -> parseOne(parser, file)));
                }
                Result r = take(window.removeFirst());
                if (r.json != null) {
                    out.println(r.json);
                } else {
                    err.println(r.file + ": " + r.error);
                    allParsed = false;
                }
            }
        } finally {
            pool.shutdownNow();
            out.flush();
            err.flush();
        }
        return allParsed ? 0 : 1;
    }

    private record Result(Path file, String json, String error) {
    }

    private static Result parseOne(LetterParser parser, Path file) {
        try {
            return new Result(file, LetterJson.toJsonLine(file.toString(), parser.parse(file)), null);
        } catch (LetterParseException e) {
            return new Result(file, null, e.getMessage());
        } catch (OutOfMemoryError e) {
            return new Result(file, null, "not enough memory to parse this file");
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(file, null, "could not be parsed (" + e + ")");
        }
    }

    private static Result take(Future<Result> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("parsing failed unexpectedly", e.getCause());
        }
    }

    private record Expansion(List<Path> files, boolean folderFailed) {
    }

    /** The files to parse: each file argument, and the *.pdf and *.txt files of each folder, sorted by name. */
    private static Expansion expand(List<Path> args, PrintWriter err) {
        List<Path> files = new ArrayList<>();
        boolean failed = false;
        for (Path arg : args) {
            if (!Files.isDirectory(arg)) {
                files.add(arg);
                continue;
            }
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(arg)) {
                for (Path child : dir) {
                    String name = child.getFileName().toString().toLowerCase(Locale.ROOT);
                    if ((name.endsWith(".pdf") || name.endsWith(".txt")) && Files.isRegularFile(child)) {
                        children.add(child);
                    }
                }
            } catch (IOException e) {
                err.println(arg + ": cannot list the folder: " + e.getMessage());
                failed = true;
            }
            children.sort(Comparator.comparing(p -> p.getFileName().toString()));
            files.addAll(children);
        }
        return new Expansion(files, failed);
    }

    /**
     * PDFBox reports damaged PDFs through commons-logging; without Spring, logback's default would print that on
     * standard output, among the JSON lines. The command's own one-line reasons say what matters, so it is silenced.
     */
    private static void quietLibraryLogging() {
        System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
        System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
    }
}
