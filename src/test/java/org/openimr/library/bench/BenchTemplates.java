package org.openimr.library.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.openimr.letters.FinalDeterminationLetter;
import org.openimr.letters.LetterParseException;
import org.openimr.letters.LetterParser;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Template letters for the benchmark generator: the real letters of ../shared/corpus/fdl-2016-2017 (when present)
 * and the synthetic demo letters, read by the parser.
 */
final class BenchTemplates {

    static final Path CORPUS = Path.of("..", "shared", "corpus", "fdl-2016-2017");

    private BenchTemplates() {
    }

    static List<FinalDeterminationLetter> load() {
        LetterParser parser = new LetterParser();
        List<FinalDeterminationLetter> letters = new ArrayList<>();
        if (Files.isDirectory(CORPUS)) {
            try (Stream<Path> files = Files.list(CORPUS)) {
                for (Path pdf : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
                    try {
                        letters.add(parser.parse(pdf));
                    } catch (LetterParseException e) {
                        System.out.println("template skipped: " + pdf.getFileName() + ": " + e.getMessage());
                    }
                }
            } catch (IOException e) {
                System.out.println("real letters not read: " + e.getMessage());
            }
        } else {
            System.out.println("real letters absent (" + CORPUS + "): synthetic templates only");
        }
        int real = letters.size();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:demo/letters/*.txt")) {
                try {
                    letters.add(parser.parseText(r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)));
                } catch (LetterParseException e) {
                    System.out.println("template skipped: " + r.getFilename() + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            System.out.println("demo letters not read: " + e.getMessage());
        }
        System.out.printf("templates: %d real letters, %d demo letters%n", real, letters.size() - real);
        return letters;
    }
}
