package org.openimr.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openimr.BrowserTest;

/** The letter's HTML, opened in headless Chromium, passes axe-core's WCAG 2.1 A and AA rules. */
class LetterHtmlAccessibilityTest extends BrowserTest {

    private final LetterRenderer renderer = new LetterRenderer();

    @Test
    void theAddressedAndThePublishedLetterAreAccessible(@TempDir Path dir) throws Exception {
        AddressedLetter letter = new LetterGenerator(5).addressed();
        for (var page : java.util.Map.of("addressed.html", renderer.html(letter),
                "published.html", renderer.html(letter.publicVersion())).entrySet()) {
            Path file = dir.resolve(page.getKey());
            Files.writeString(file, page.getValue());
            browser().get(file.toUri().toString());
            assertThat(browser().getTitle()).startsWith("Final Determination Letter, case CM");
            assertAccessible();
        }
    }
}
