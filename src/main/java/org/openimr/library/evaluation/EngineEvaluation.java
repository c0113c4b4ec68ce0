package org.openimr.library.evaluation;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.openimr.determination.AgreementStatistics;
import org.openimr.determination.CaseForDetermination;
import org.openimr.determination.DeterminationEngine;
import org.openimr.determination.Draft;
import org.openimr.letters.FinalDeterminationLetter;
import org.openimr.letters.LetterParseException;
import org.openimr.letters.LetterParser;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.Outcome;
import org.openimr.shared.RequestCategory;

/**
 * Runs the engine on published letters and compares its drafts with the physicians' outcomes. Each letter is parsed,
 * reduced to its {@link BlindedView} (the engine gets that and nothing else), drafted, and only then set beside the
 * letter's outcomes.
 */
public final class EngineEvaluation {

    /** One item: the letter's case and outcome, the blinded request, the engine's draft. */
    public record Item(CaseNumber caseNumber, CorpusSplit split, int item, String request, RequestCategory category,
            Outcome actual, Draft draft) {
    }

    /** A file that could not be parsed, and why. */
    public record Failure(Path file, String reason) {
    }

    /** Everything evaluated. */
    public record Result(List<Item> items, List<Failure> failures, int lettersEvaluated, int lettersSkipped) {

        public AgreementStatistics statistics() {
            return EngineEvaluation.statistics(items);
        }

        /** Statistics per DWC category, in the order categories first appear. */
        public Map<String, AgreementStatistics> byCategory() {
            Map<String, List<Item>> groups = new LinkedHashMap<>();
            for (Item i : items) {
                groups.computeIfAbsent(i.category().category(), k -> new ArrayList<>()).add(i);
            }
            Map<String, AgreementStatistics> out = new LinkedHashMap<>();
            groups.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> out.put(e.getKey(), EngineEvaluation.statistics(e.getValue())));
            return out;
        }
    }

    private final DeterminationEngine engine;
    private final LetterParser parser;

    public EngineEvaluation(DeterminationEngine engine, LetterParser parser) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    public static AgreementStatistics statistics(List<Item> items) {
        return AgreementStatistics.of(items.stream()
                .map(i -> new AgreementStatistics.Comparison(i.draft().outcome(), i.actual())).toList());
    }

    /** The letter files a list of paths stands for: files as given, folders as their *.pdf and *.txt, by name. */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> inFolder = new ArrayList<>();
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
                    for (Path f : ds) {
                        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        if (Files.isRegularFile(f) && (n.endsWith(".pdf") || n.endsWith(".txt"))) {
                            inFolder.add(f);
                        }
                    }
                }
                inFolder.sort(Comparator.comparing(f -> f.getFileName().toString()));
                files.addAll(inFolder);
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** Evaluates the letters whose split is among {@code splits}; the others are skipped unread by the engine. */
    public Result run(List<Path> files, Set<CorpusSplit> splits, Consumer<String> progress) {
        List<Item> items = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        int evaluated = 0;
        int skipped = 0;
        int n = 0;
        for (Path file : files) {
            n++;
            FinalDeterminationLetter letter;
            try {
                letter = parser.parse(file);
            } catch (LetterParseException e) {
                failures.add(new Failure(file, e.getMessage()));
                continue;
            }
            CorpusSplit split = CorpusSplit.of(letter.caseNumber());
            if (!splits.contains(split)) {
                skipped++;
                continue;
            }
            CaseForDetermination blinded = BlindedView.of(letter);
            List<Draft> drafts;
            try {
                drafts = engine.draft(blinded);
            } catch (RuntimeException e) {
                // a defect of the engine on one letter is reported with the letter, and the others are still drafted
                failures.add(new Failure(file, "the engine failed: " + e));
                continue;
            }
            for (int i = 0; i < drafts.size(); i++) {
                Draft d = drafts.get(i);
                items.add(new Item(letter.caseNumber(), split, i, d.request(),
                        engine.interpreter().classify(d.request()), letter.items().get(i).outcome(), d));
            }
            evaluated++;
            progress.accept(n + "/" + files.size() + " " + file.getFileName());
        }
        return new Result(List.copyOf(items), List.copyOf(failures), evaluated, skipped);
    }

    /** The figures as the command prints them: one line overall, then one per DWC category. */
    public static String report(Result r, String title) {
        StringBuilder s = new StringBuilder();
        s.append(title).append(": ").append(r.lettersEvaluated()).append(" letters, ").append(r.items().size())
                .append(" items").append(r.lettersSkipped() > 0 ? " (" + r.lettersSkipped()
                        + " letters of the other split skipped)" : "").append('\n');
        s.append(String.format(Locale.ROOT, "%-26s %5s %9s %9s %7s %11s %11s %10s%n", "category", "items", "coverage",
                "agreement", "kappa", "OT precis.", "OT recall", "baseline"));
        s.append(line("all", r.statistics()));
        s.append(intervals(r.statistics()));
        r.byCategory().forEach((k, v) -> s.append(line(k, v)));
        if (!r.failures().isEmpty()) {
            s.append(r.failures().size()).append(" files could not be parsed:\n");
            r.failures().forEach(f -> s.append("  ").append(f.file()).append(": ").append(f.reason()).append('\n'));
        }
        return s.toString();
    }

    private static String line(String label, AgreementStatistics a) {
        return String.format(Locale.ROOT, "%-26s %5d %4d=%3.0f%% %4d=%3.0f%% %7.2f %5d/%-2d%3.0f%% %5d/%-2d%3.0f%% %9.1f%%%n",
                label.length() > 26 ? label.substring(0, 26) : label, a.items(), a.covered(), 100 * a.coverage(),
                a.agreed(), 100 * a.agreement(), a.kappa(), a.correctlyOverturned(), a.predictedOverturned(),
                100 * a.overturnedPrecision(), a.correctlyOverturned(), a.actualOverturned(),
                100 * a.overturnedRecall(), 100 * a.baselineAgreement());
    }

    /** The 95% intervals of the overall shares, so that a share resting on a few items is read as such. */
    private static String intervals(AgreementStatistics a) {
        return "  95% intervals (Wilson): coverage " + interval(a.coverageInterval()) + ", agreement "
                + interval(a.agreementInterval()) + ", OT precision " + interval(a.overturnedPrecisionInterval())
                + ", OT recall " + interval(a.overturnedRecallInterval()) + '\n';
    }

    private static String interval(Optional<AgreementStatistics.Interval> i) {
        return i.map(v -> String.format(Locale.ROOT, "%.0f-%.0f%%", 100 * v.low(), 100 * v.high())).orElse("none");
    }

    /** Splits to evaluate for the command's flags. */
    public static Set<CorpusSplit> splits(boolean heldOut, boolean all) {
        return all ? Set.of(CorpusSplit.values()) : heldOut ? Set.of(CorpusSplit.HELD_OUT)
                : Set.of(CorpusSplit.DEVELOPMENT);
    }
}
