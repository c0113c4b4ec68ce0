package org.openimr.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A letter typeset as a PDF parses as its text does. The PDFs are drawn here from the synthetic fixtures, line by
 * line, with no blank text between paragraphs, only vertical space (as PDFs made by word processors and by
 * OpenIMR's renderer are); a form feed starts a new page.
 */
class PdfLettersTest {

    @TempDir
    Path dir;

    private final LetterParser parser = new LetterParser();

    @ParameterizedTest
    @ValueSource(strings = {"header2016-expedited-modified.txt", "documents2015-bulleted.txt", "notice2013-prose.txt",
            "mpr-single-issue.txt"})
    void aTypesetFixtureParsesAsItsText(String fixture) throws Exception {
        String text = Files.readString(LetterFixturesTest.fixture(fixture), StandardCharsets.UTF_8);
        Path pdf = dir.resolve(fixture.replace(".txt", ".pdf"));
        typeset(text, pdf);
        assertThat(LetterJson.toJsonLine(fixture, parser.parse(pdf)))
                .isEqualTo(LetterJson.toJsonLine(fixture, parser.parseText(text)));
    }

    @org.junit.jupiter.api.Test
    void aParagraphGapSeparatesARationaleFromTheNextItemWhoseLinesEndInFullStops() throws Exception {
        // without blank text between them, only the vertical space tells where the rationale ends: the next header
        // has lines that end a sentence too
        String text = """
                Case Number:  CM16-9100601
                Date Assigned:  12/01/2016     Date of Injury:  09/12/2016

                HOW THE IMR FINAL DETERMINATION WAS MADE
                The Expert Reviewer has the following credentials:
                State(s) of Licensure: California
                Certification(s)/Specialty: Family Practice

                CLINICAL CASE SUMMARY
                The injured worker is a 30 year old male with a sprained ankle.

                IMR ISSUES, DECISIONS AND RATIONALES
                Ankle brace: Upheld

                Claims Administrator guideline: Decision based on MTUS Ankle and Foot Complaints 2004.

                MAXIMUS guideline: Decision based on MTUS Ankle and Foot Complaints 2004.

                Decision rationale: A brace was supplied at the first visit. A second one is not medically necessary.

                Physical therapy six visits was the original request.
                Physical therapy three visits was authorized by the Claims Administrator.
                The remaining IMR eligible portion of the original request, Physical therapy three visits is: Upheld

                Claims Administrator guideline: Decision based on MTUS Ankle and Foot Complaints 2004.

                MAXIMUS guideline: Decision based on MTUS Ankle and Foot Complaints 2004.

                Decision rationale: Three visits are enough to learn the home exercises. They are not medically necessary.
                """;
        Path pdf = dir.resolve("gaps.pdf");
        typeset(text, pdf);
        FinalDeterminationLetter letter = parser.parse(pdf);
        assertThat(letter.items()).extracting(i -> i.request().text())
                .containsExactly("Ankle brace", "Physical therapy three visits");
        assertThat(letter.items().get(1).request().modification()).hasValueSatisfying(m -> {
            assertThat(m.originalRequest()).isEqualTo("Physical therapy six visits");
            assertThat(m.authorized()).isEqualTo("Physical therapy three visits");
        });
        assertThat(letter.items().get(0).rationale()).endsWith("A second one is not medically necessary.");
    }

    /** Draws each line at the left margin; a blank line leaves its height empty, a form feed starts a page. */
    static void typeset(String text, Path pdf) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float leading = 12;
        try (PDDocument doc = new PDDocument()) {
            PDPageContentStream cs = null;
            float y = 0;
            for (String raw : text.split("\n", -1)) {
                boolean pageBreak = raw.indexOf('\f') >= 0 || cs == null || y < 60;
                String line = raw.replace("\f", "").strip();
                if (pageBreak && !(cs != null && line.isEmpty() && raw.indexOf('\f') < 0)) {
                    if (cs != null) {
                        cs.close();
                    }
                    PDPage page = new PDPage();
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    y = 740;
                }
                if (!line.isEmpty()) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.newLineAtOffset(72, y);
                    cs.showText(line);
                    cs.endText();
                }
                y -= leading;
            }
            if (cs != null) {
                cs.close();
            }
            doc.save(pdf.toFile());
        }
    }
}
