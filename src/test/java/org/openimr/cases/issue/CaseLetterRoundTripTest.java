package org.openimr.cases.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openimr.cases.issue.CaseLetterGenerator.GeneratedCase;
import org.openimr.letters.FinalDeterminationLetter;
import org.openimr.letters.LetterParseException;
import org.openimr.letters.LetterParser;
import org.openimr.letters.LetterRenderer;

/**
 * The project's parser reads the letters it issues back into exactly the same model: over 200 generated signed cases
 * (1-6 items, both outcomes, MTUS editions in force, outside sources and no guideline, modified requests, 1-6
 * documents), the letter to the parties through HTML to PDF, and its public version through PDF and through text.
 */
class CaseLetterRoundTripTest {

    private static final int CASES = 200;

    private final LetterRenderer renderer = new LetterRenderer();
    private final LetterParser parser = new LetterParser();

    @Test
    void everyIssuedLetterAndItsPublicVersionComeBackFromThePdfAndTheText(@TempDir Path dir) throws IOException {
        List<String> failures = new ArrayList<>();
        Path file = dir.resolve("letter.pdf");
        int items = 0;
        for (long seed = 1; seed <= CASES && failures.size() < 5; seed++) {
            GeneratedCase c = new CaseLetterGenerator(seed).next();
            FinalDeterminationLetter letter = c.letter().letter();
            FinalDeterminationLetter published = c.letter().publicVersion();
            items += letter.items().size();
            Files.write(file, renderer.pdf(c.letter()));
            compare(seed, "PDF to the parties", letter, () -> parser.parse(file), failures);
            Files.write(file, renderer.pdf(published));
            compare(seed, "public PDF", published, () -> parser.parse(file), failures);
            String text = renderer.text(published);
            compare(seed, "public text", published, () -> parser.parseText(text), failures);
        }
        assertThat(failures).isEmpty();
        assertThat(items).as("disputed items over the cases").isGreaterThan(CASES * 2);
    }

    private interface Parse {
        FinalDeterminationLetter get() throws LetterParseException;
    }

    private static void compare(long seed, String what, FinalDeterminationLetter expected, Parse parse,
            List<String> failures) {
        try {
            FinalDeterminationLetter parsed = parse.get();
            if (!parsed.equals(expected)) {
                failures.add("seed " + seed + " (" + what + "):\n  expected " + expected + "\n  parsed   " + parsed);
            }
        } catch (LetterParseException e) {
            failures.add("seed " + seed + " (" + what + "): " + e.getMessage());
        }
    }
}
