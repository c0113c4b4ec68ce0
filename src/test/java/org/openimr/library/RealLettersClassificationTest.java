package org.openimr.library;

import org.openimr.shared.RequestCategory;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openimr.letters.ItemDetermination;
import org.openimr.letters.LetterParseException;
import org.openimr.letters.LetterParser;

/**
 * How well the request categories cover the requests of the 64 real letters (read by the parser from
 * ../shared/corpus/fdl-2016-2017; skipped when absent). Prints the coverage and the count per category.
 */
class RealLettersClassificationTest {

    /** Words that say a request is a treatment of a known kind: such a request must never be left unclassified. */
    static final Pattern OBVIOUS = Pattern.compile("\\b(mri|ct|x-?rays?|emg|ncv|ncs|therap\\w*|physio\\w*|chiro\\w*"
            + "|acupunct\\w*|inject\\w*|surg\\w*|arthroscop\\w*|mg|#\\d+|%|cream|patch|tabs?|unit|rental|purchase"
            + "|brace|exam\\w*|evaluation|consult\\w*|visits?|program|labs?|urine|test\\w*|transport\\w*|home)\\b");

    @Test
    void everyRealRequestFallsInACategory() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(LetterFiles.REAL_LETTERS),
                "Real letters absent: " + LetterFiles.REAL_LETTERS.toAbsolutePath().normalize() + "; skipped");
        RequestClassifier classifier = new RequestClassifier();
        LetterParser parser = new LetterParser();
        List<String> requests = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        try (Stream<Path> files = Files.list(LetterFiles.REAL_LETTERS)) {
            for (Path pdf : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
                try {
                    parser.parse(pdf).items().stream().map(ItemDetermination::request).map(r -> r.text())
                            .forEach(requests::add);
                } catch (LetterParseException e) {
                    unreadable.add(pdf.getFileName() + ": " + e.getMessage());
                }
            }
        }
        Map<String, Integer> perCategory = new TreeMap<>();
        List<String> unclassified = new ArrayList<>();
        for (String request : requests) {
            RequestCategory category = classifier.classify(request);
            perCategory.merge(category.label(), 1, Integer::sum);
            if (category.isUnclassified()) {
                unclassified.add(request);
            }
        }
        int classified = requests.size() - unclassified.size();
        System.out.printf("Request classification over the real letters: %d of %d requests classified (%.1f%%),"
                + " %d unclassified%n", classified, requests.size(), 100.0 * classified / requests.size(),
                unclassified.size());
        perCategory.forEach((label, n) -> System.out.printf("  %4d  %s%n", n, label));
        unclassified.forEach(r -> System.out.println("  unclassified: " + r));

        assertThat(unreadable).as("letters the parser could not read").isEmpty();
        assertThat(requests).hasSize(165);
        assertThat(unclassified).as("unclassified requests that name a known kind of treatment")
                .noneMatch(r -> OBVIOUS.matcher(r.toLowerCase(Locale.ROOT)).find());
        assertThat(unclassified).as("unclassified requests").isEmpty();
    }
}
