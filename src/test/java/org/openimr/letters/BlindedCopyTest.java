package org.openimr.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openimr.shared.CitationBasis;

/**
 * Blinded copies of letters (shared/tools/blind-letters.py) read every guideline line and rationale "Withheld.", and
 * the blinding can merge the MAXIMUS line into the claims administrator line before it. The parser reads such a copy
 * with the same requests and summary as the letter it was made from.
 */
class BlindedCopyTest {

    private static final Path LETTER = Path.of("src/test/resources/letters/header2016-expedited-modified.txt");

    private static String blind(String text, boolean dropReviewerLines) {
        int start = text.indexOf("IMR ISSUES, DECISIONS AND RATIONALES");
        String head = text.substring(0, start);
        StringBuilder body = new StringBuilder();
        boolean withheld = false;
        for (String paragraph : text.substring(start).split("\n\\s*\n")) {
            String p = paragraph.strip();
            if (p.startsWith("Claims Administrator guideline:")) {
                body.append("Claims Administrator guideline: Withheld.\n\n");
                withheld = true;
            } else if (p.startsWith("MAXIMUS guideline:")) {
                if (!dropReviewerLines) {
                    body.append("MAXIMUS guideline: Withheld.\n\n");
                }
                withheld = true;
            } else if (p.startsWith("Decision rationale:")) {
                body.append("Decision rationale: Withheld.\n\n");
                withheld = true;
                String last = p.substring(p.lastIndexOf('\n') + 1);
                if (Pattern.compile(":\\s*(Upheld|Overturned)\\s*$").matcher(last).find()) {
                    body.append(last).append("\n\n"); // an item header printed right under the rationale
                    withheld = false;
                }
            } else if (Pattern.compile(":\\s*(Upheld|Overturned)\\s*$").matcher(p).find()) {
                body.append(paragraph).append("\n\n");
                withheld = false;
            } else if (!withheld) {
                body.append(paragraph).append("\n\n");
            }
        }
        return head + body;
    }

    @Test
    void aBlindedCopyHasTheLettersRequestsSummaryAndDates() throws Exception {
        String text = Files.readString(LETTER);
        LetterParser parser = new LetterParser();
        FinalDeterminationLetter original = parser.parseText(text);
        FinalDeterminationLetter blinded = parser.parseText(blind(text, false));
        assertThat(blinded.items()).extracting(i -> i.request().text())
                .containsExactlyElementsOf(original.items().stream().map(i -> i.request().text()).toList());
        assertThat(blinded.clinicalCaseSummary()).isEqualTo(original.clinicalCaseSummary());
        assertThat(blinded.dates()).isEqualTo(original.dates());
        assertThat(blinded.items()).allSatisfy(i -> {
            assertThat(i.rationale()).isEqualTo("Withheld.");
            assertThat(i.reviewerGuideline().basis()).isEqualTo(CitationBasis.NONE);
        });
    }

    @Test
    void aBlindedCopyWhoseMaximusLinesWereMergedAwayStillParses() throws Exception {
        String text = Files.readString(LETTER);
        LetterParser parser = new LetterParser();
        List<String> requests = parser.parseText(text).items().stream().map(i -> i.request().text()).toList();
        FinalDeterminationLetter blinded = parser.parseText(blind(text, true));
        assertThat(blinded.items()).extracting(i -> i.request().text()).containsExactlyElementsOf(requests);
        assertThat(blinded.items()).allSatisfy(i -> assertThat(i.reviewerGuideline().text()).isEqualTo("Withheld."));
    }

    @Test
    void aLetterWithoutAnyMaximusLineIsStillRefused() throws Exception {
        String text = Files.readString(LETTER).replaceAll("(?m)^MAXIMUS guideline:", "Our guideline:");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LetterParser().parseText(text))
                .isInstanceOf(LetterParseException.class).hasMessageContaining("has no MAXIMUS guideline line");
    }
}
