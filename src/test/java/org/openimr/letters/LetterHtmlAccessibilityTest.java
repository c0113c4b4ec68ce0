package org.openimr.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openimr.BrowserTest;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The letter's HTML, opened in headless Chromium, passes axe-core's WCAG 2.1 A and AA rules. Its own database folder,
 * as the library's browser tests have: this context lives beside the other test contexts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "openimr.embedded-db.data-dir=./target/test-pg-letters")
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
