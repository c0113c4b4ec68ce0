package org.openimr.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.openimr.letters.FinalDeterminationLetter;
import org.openimr.letters.ItemDetermination;
import org.openimr.letters.LetterParseException;
import org.openimr.letters.LetterParser;
import org.springframework.stereotype.Component;

/**
 * Ingests letter files (PDF or text) into the library: each file is read, parsed and stored in its own
 * transaction, so a broken file is reported and skipped without touching the others, and a run that stops half way
 * resumes cleanly: a file whose text is already stored is skipped without being parsed again.
 */
@Component
public class LibraryIngest {

    private final LetterParser parser;
    private final LetterStore store;
    private final RequestClassifier classifier;

    LibraryIngest(LetterStore store, RequestClassifier classifier) {
        this.parser = new LetterParser();
        this.store = store;
        this.classifier = classifier;
    }

    /** Hears of each file as it is done: for a progress bar, or lines in a log. */
    public interface Listener {

        default void started(int files) {
        }

        void fileDone(FileResult result, int done, int total);

        Listener NONE = (result, done, total) -> {
        };
    }

    public enum Status {
        STORED, ALREADY_PRESENT, FAILED
    }

    /**
     * What happened to one file.
     *
     * @param reference    the letter's reference in the library; null when the file failed
     * @param reason       one line saying why the file failed; null otherwise
     * @param unclassified the requests of a stored letter that no category rule matched
     */
    public record FileResult(Path file, Status status, String reference, int items, String reason,
            List<String> unclassified) {

        public FileResult {
            unclassified = List.copyOf(unclassified);
        }

        static FileResult failed(Path file, String reason) {
            return new FileResult(file, Status.FAILED, null, 0, reason, List.of());
        }
    }

    /** The outcome of a run, file by file in the order they were ingested. */
    public record Report(List<FileResult> files) {

        public Report {
            files = List.copyOf(files);
        }

        public long count(Status status) {
            return files.stream().filter(f -> f.status() == status).count();
        }

        public long itemsStored() {
            return files.stream().filter(f -> f.status() == Status.STORED).mapToLong(FileResult::items).sum();
        }

        public List<FileResult> failures() {
            return files.stream().filter(f -> f.status() == Status.FAILED).toList();
        }

        public List<String> unclassifiedRequests() {
            return files.stream().flatMap(f -> f.unclassified().stream()).toList();
        }
    }

    /**
     * Ingests files and folders (a folder stands for the *.pdf and *.txt files under it, at any depth, sorted by
     * path). A path that does not exist is reported as a failure.
     */
    public Report ingest(List<Path> paths, Listener listener) {
        List<Path> files = new ArrayList<>();
        List<FileResult> results = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try {
                    files.addAll(lettersUnder(path));
                } catch (UncheckedIOException e) {
                    results.add(FileResult.failed(path, "could not list the folder: " + e.getCause().getMessage()));
                }
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                results.add(FileResult.failed(path, "no such file or folder"));
            }
        }
        int total = files.size() + results.size();
        listener.started(total);
        for (int i = 0; i < results.size(); i++) {
            listener.fileDone(results.get(i), i + 1, total);
        }
        for (Path file : files) {
            FileResult result = ingest(file);
            results.add(result);
            listener.fileDone(result, results.size(), total);
        }
        return new Report(results);
    }

    /** Ingests one file; never throws for a problem with the file or its storage, it reports it. */
    public FileResult ingest(Path file) {
        try {
            String text = parser.textOf(file);
            String hash = LetterSource.contentHash(text);
            Optional<String> present = store.referenceOfContent(hash);
            if (present.isPresent()) {
                return new FileResult(file, Status.ALREADY_PRESENT, present.get(), 0, null, List.of());
            }
            FinalDeterminationLetter letter = parser.parseText(text);
            if (letter.items().isEmpty()) {
                return FileResult.failed(file, "no disputed item found in the letter");
            }
            StoreResult stored = store.store(letter, new LetterSource(file.getFileName().toString(), hash));
            List<String> unclassified = stored.stored() ? letter.items().stream().map(ItemDetermination::request)
                    .map(r -> r.text()).filter(r -> classifier.classify(r).isUnclassified()).toList() : List.of();
            return new FileResult(file, stored.stored() ? Status.STORED : Status.ALREADY_PRESENT, stored.reference(),
                    stored.items(), null, unclassified);
        } catch (LetterParseException e) {
            return FileResult.failed(file, e.getMessage());
        } catch (RuntimeException e) {
            return FileResult.failed(file, oneLine(e));
        }
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "could not be stored: " + message.lines().findFirst().orElse("").strip();
    }

    static List<Path> lettersUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".pdf") || name.endsWith(".txt");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + folder + ": " + e.getMessage(), e);
        }
    }
}
