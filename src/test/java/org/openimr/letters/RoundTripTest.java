package org.openimr.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parse(render(letter))} gives the letter back: over many generated letters (see {@link LetterGenerator} for
 * what they vary), rendered to PDF and read back by the {@link LetterParser} from the PDF file, and rendered to
 * plain text and read back from the text. A failure names the seed, so that the letter can be made again.
 */
class RoundTripTest {

    private static final int PDF_LETTERS = 200;
    private static final int TEXT_LETTERS = 600;

    private final LetterRenderer renderer = new LetterRenderer();
    private final LetterParser parser = new LetterParser();

    @Test
    void everyGeneratedLetterComesBackFromItsPdf(@TempDir Path dir) throws IOException {
        List<String> failures = new ArrayList<>();
        Path file = dir.resolve("letter.pdf");
        for (long seed = 1; seed <= PDF_LETTERS; seed++) {
            FinalDeterminationLetter letter = new LetterGenerator(seed).letter();
            Files.write(file, renderer.pdf(letter));
            check(seed, letter, () -> parser.parse(file), failures);
        }
        assertThat(failures).as("letters that did not come back from their PDF").isEmpty();
    }

    @Test
    void everyGeneratedLetterComesBackFromItsText() {
        List<String> failures = new ArrayList<>();
        for (long seed = 1_000; seed < 1_000 + TEXT_LETTERS; seed++) {
            FinalDeterminationLetter letter = new LetterGenerator(seed).letter();
            String text = renderer.text(letter);
            check(seed, letter, () -> parser.parseText(text), failures);
        }
        assertThat(failures).as("letters that did not come back from their text").isEmpty();
    }

    @Test
    void thePublishedVersionComesBackFromItsPdf(@TempDir Path dir) throws IOException {
        List<String> failures = new ArrayList<>();
        Path file = dir.resolve("public.pdf");
        for (long seed = 1; seed <= 20; seed++) {
            AddressedLetter addressed = new LetterGenerator(seed).addressed();
            FinalDeterminationLetter published = addressed.publicVersion();
            Files.write(file, renderer.pdf(published));
            check(seed, published, () -> parser.parse(file), failures);
            // the letter to the parties carries the same letter, with the parties block in its header
            Files.write(file, renderer.pdf(addressed));
            check(seed, addressed.letter(), () -> parser.parse(file), failures);
        }
        assertThat(failures).isEmpty();
    }

    private interface Parse {
        FinalDeterminationLetter get() throws LetterParseException;
    }

    private static void check(long seed, FinalDeterminationLetter expected, Parse parse, List<String> failures) {
        if (failures.size() >= 8) {
            return;
        }
        try {
            List<String> differences = LetterDiff.between(expected, parse.get());
            if (!differences.isEmpty()) {
                failures.add("seed " + seed + ": " + String.join("\n    ", differences));
            }
        } catch (LetterParseException e) {
            failures.add("seed " + seed + ": " + e.getMessage());
        }
    }
}
