package org.openimr.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three parser changes the round trip of rendered letters needed (made on the render branch, to be reconciled
 * with the parser branch): the credentials block decides layout D even with a DOCUMENTS REVIEWED section; an entry
 * "description — author — date" gives its three fields; PDF text keeps paragraph breaks as blank lines.
 */
class RenderedLetterParsingTest {

    private final LetterParser parser = new LetterParser();

    @Test
    void aCredentialsBlockMeansLayoutDEvenWithDocumentsReviewed() throws LetterParseException {
        String text = """
                Case Number:          CM16-9000999
                Date Assigned:        12/06/2016                      Date of Injury:       06/02/2015

                                 HOW THE IMR FINAL DETERMINATION WAS MADE
                The reviewer was chosen for experience.

                The Expert Reviewer has the following credentials:
                State(s) of Licensure: California
                Certification(s)/Specialty: Internal Medicine

                                           DOCUMENTS REVIEWED
                1. Request for Authorization — Ana Ruiz, MD — 10/31/2016

                                          CLINICAL CASE SUMMARY
                The injured worker is a 47 year old male.

                                  IMR ISSUES, DECISIONS AND RATIONALES
                Lumbar MRI: Upheld

                Claims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.

                Expert Reviewer guideline: Decision based on MTUS Low Back Complaints 2004.

                Decision rationale: The request is not medically necessary.
                """;
        FinalDeterminationLetter letter = parser.parseText(text);
        assertThat(letter.layout()).isEqualTo(Layout.HEADER_2016);
        assertThat(letter.documentsReviewed()).containsExactly(
                new DocumentReviewed("Request for Authorization", "Ana Ruiz, MD", LocalDate.of(2016, 10, 31)));
    }

    @Test
    void theDemoLettersOfLayoutCStayLayoutC() throws Exception {
        for (String name : List.of("documents2015-01-chiropractic-massage.txt", "documents2015-02-hydrocodone-urine-testing.txt",
                "documents2015-03-carpal-tunnel-release.txt", "documents2015-04-duloxetine.txt")) {
            assertThat(parser.parseText(demo(name)).layout()).as(name).isEqualTo(Layout.DOCUMENTS_2015);
        }
        assertThat(parser.parseText(demo("header2016-01-opioid-hydrocodone.txt")).layout()).isEqualTo(Layout.HEADER_2016);
    }

    @Test
    void documentEntriesInTheRenderedFormGiveAuthorAndDate() throws LetterParseException {
        List<DocumentReviewed> documents = parser.parseText(letterWithDocuments("""
                1. Progress report — José Núñez, MD — 10/31/2016
                2. Operative report: right knee — 04/20/2013
                3. MRI report — Jürgen Groß
                4. Application for Independent Medical Review
                5. Notes — part one — Mary Smith — 02/30/2016
                6. Medical records from Valley Clinic, 01/01/2015 to 06/30/2015
                """)).documentsReviewed();
        assertThat(documents).containsExactly(
                new DocumentReviewed("Progress report", "José Núñez, MD", LocalDate.of(2016, 10, 31)),
                new DocumentReviewed("Operative report: right knee", null, LocalDate.of(2013, 4, 20)),
                new DocumentReviewed("MRI report", "Jürgen Groß", null),
                new DocumentReviewed("Application for Independent Medical Review"),
                // not a date (February 30): it is the author, and the description keeps its own dash
                new DocumentReviewed("Notes — part one — Mary Smith", "02/30/2016", null),
                new DocumentReviewed("Medical records from Valley Clinic, 01/01/2015 to 06/30/2015"));
    }

    @Test
    void theJsonLineKeepsTheEntryAsPrinted() throws LetterParseException {
        FinalDeterminationLetter letter = parser.parseText(letterWithDocuments("""
                1. Progress report — José Núñez, MD — 10/31/2016
                2. Application for Independent Medical Review
                """));
        assertThat(LetterJson.toJson("x.txt", letter).get("documentsReviewed").values())
                .extracting(tools.jackson.databind.JsonNode::asString)
                .containsExactly("Progress report — José Núñez, MD — 10/31/2016", "Application for Independent Medical Review");
    }

    @Test
    void pdfTextKeepsParagraphBreaks(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("letter.pdf");
        Files.write(pdf, new LetterRenderer().pdf(LetterRendererTest.sample()));
        String text = parser.textOf(pdf);
        assertThat(text).contains("CLINICAL CASE SUMMARY\n")
                .contains("including all medical records:\n\nThe injured worker is a 47 year old male")
                .contains("medically necessary.\n\nHydrocodone/APAP 10/325mg #60: Overturned\n\nClaims Administrator guideline:");
    }

    private static String letterWithDocuments(String list) {
        return """
                Case Number:          CM16-9000999

                                 HOW THE IMR FINAL DETERMINATION WAS MADE
                The Expert Reviewer has the following credentials:
                State(s) of Licensure: California
                Certification(s)/Specialty: Internal Medicine

                                           DOCUMENTS REVIEWED
                """ + list + """

                                  IMR ISSUES, DECISIONS AND RATIONALES
                Lumbar MRI: Upheld

                Expert Reviewer guideline: Decision based on MTUS Low Back Complaints 2004.
                """;
    }

    private static String demo(String name) throws IOException {
        try (InputStream in = RenderedLetterParsingTest.class.getResourceAsStream("/demo/letters/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
