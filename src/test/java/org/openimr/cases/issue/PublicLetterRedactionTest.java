package org.openimr.cases.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openimr.cases.issue.CaseLetterGenerator.GeneratedCase;
import org.openimr.letters.LetterParties;
import org.openimr.letters.LetterRenderer;

/**
 * The published letter is made from data without the parties: over generated cases whose free text names the
 * employee, the requesting physician, the employer, the claims administrator, the claim number, the address and the
 * date of birth in many forms, the text PDFBox extracts from the public PDF contains none of them, while the PDF sent
 * to the parties contains every one (so the search would find a leak).
 */
class PublicLetterRedactionTest {

    private static final int CASES = 60;

    private final LetterRenderer renderer = new LetterRenderer();

    @Test
    void thePublicPdfContainsNoIdentifyingValueOfTheCase() throws IOException {
        List<String> leaks = new ArrayList<>();
        int checked = 0;
        for (long seed = 500; seed < 500 + CASES; seed++) {
            GeneratedCase c = new CaseLetterGenerator(seed).next();
            String published = text(renderer.pdf(c.letter().publicVersion()));
            for (String value : c.identifyingValues()) {
                checked++;
                if (published.contains(plain(value))) {
                    leaks.add("seed " + seed + ": \"" + value + "\"");
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(CASES * 15);
        assertThat(leaks).as("identifying values in the public PDF").isEmpty();
    }

    @Test
    void thePublicPdfNeverNamesTheRepresentativeTheirFirmOrAddress() throws IOException {
        List<String> leaks = new ArrayList<>();
        int representatives = 0;
        for (long seed = 900; seed < 900 + CASES / 2; seed++) {
            GeneratedCase c = new CaseLetterGenerator(seed).nextWithRepresentative();
            LetterParties.Representative r = c.letter().parties().representative().orElseThrow();
            List<String> values = new ArrayList<>(List.of(r.name(), r.name().substring(r.name().lastIndexOf(' ') + 1)));
            r.firm().ifPresent(values::add);
            values.addAll(r.address().lines());
            assertThat(c.identifyingValues()).containsAll(values);
            String toParties = text(renderer.pdf(c.letter()));
            String published = text(renderer.pdf(c.letter().publicVersion()));
            for (String value : values) {
                assertThat(toParties).as("the letter to the parties names " + value).contains(plain(value));
                if (published.contains(plain(value))) {
                    leaks.add("seed " + seed + ": \"" + value + "\"");
                }
            }
            assertThat(published).contains("the employee's representative");
            representatives++;
        }
        assertThat(representatives).isEqualTo(CASES / 2);
        assertThat(leaks).as("the representative in the public PDF").isEmpty();
    }

    @Test
    void theLetterToThePartiesCarriesThemSoTheSearchWouldSeeALeak() throws IOException {
        GeneratedCase c = new CaseLetterGenerator(500).next();
        LetterParties p = c.letter().parties();
        String toParties = text(renderer.pdf(c.letter()));
        List<String> printed = new ArrayList<>(List.of(p.employee().full(), p.requestingPhysician().full(),
                p.employer(), p.claimsAdministrator(), p.claimNumber().value(),
                p.employeeDateOfBirth().format(DateTimeFormatter.ofPattern("MM/dd/uuuu"))));
        printed.addAll(p.employeeAddress().lines());
        assertThat(c.identifyingValues()).containsAll(printed);
        for (String value : printed) {
            assertThat(toParties).as(value).contains(plain(value));
        }
    }

    /** The PDF's text in lower case with every run of white space one space (lines break only at spaces). */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return plain(new PDFTextStripper().getText(d));
        }
    }

    private static String plain(String s) {
        return s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
