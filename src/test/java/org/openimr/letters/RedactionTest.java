package org.openimr.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openimr.letters.LetterParties.ClaimNumber;
import org.openimr.letters.LetterParties.PersonName;
import org.openimr.letters.LetterParties.PostalAddress;

class RedactionTest {

    private static final LetterParties PARTIES = new LetterParties(new PersonName("José", "Núñez"),
            new PostalAddress("1428 Calle Olvera, Apt. 3", "Fresno", "CA", "93721"), LocalDate.of(1968, 3, 4),
            new ClaimNumber("05-7731-2290"), "Bay Coast Transit Inc.", "Golden Poppy Claims Services",
            new PersonName("Zoë", "Ångström"));

    private final Redaction redaction = Redaction.of(PARTIES);

    @Test
    void namesInEveryUsualFormBecomeTheirRole() {
        assertThat(redaction.redact("José Núñez reported pain. Mr. Núñez walks daily; NÚÑEZ, JOSÉ signed. Jose A. "
                + "Nunez was seen by Dr. Zoë Ångström and by Dr. Ångström again; Zoë’s note agrees with José."))
                .isEqualTo("The injured worker reported pain. The injured worker walks daily; the injured worker signed. "
                        + "The injured worker was seen by the requesting physician and by the requesting physician "
                        + "again; the requesting physician’s note agrees with the injured worker.");
    }

    @Test
    void organisationsClaimNumberAddressAndDateOfBirth() {
        assertThat(redaction.redact("He drives for the Bay Coast Transit; Bay Coast Transit Inc. reported it to Golden "
                + "Poppy Claims Services under claim 05-7731-2290 (also written 0577312290). He lives at 1428 Calle "
                + "Olvera, Apt. 3, Fresno, CA 93721. Born 03/04/1968, 3/4/68, 1968-03-04 or March 4, 1968."))
                .isEqualTo("He drives for the employer; the employer reported it to the claims administrator under "
                        + "claim [claim number] (also written [claim number]). He lives at [address], [address]. "
                        + "Born [date of birth], [date of birth], [date of birth] or [date of birth].");
    }

    @Test
    void leavesOrdinaryWordsAndOtherNumbersAlone() {
        String text = "Josefina Smith-Garcia was not involved. Treatment on 03/04/2016 and 13/04/1968 notes; "
                + "claim 05-7731-22901 is another; pages 1428-1430.";
        assertThat(redaction.redact(text)).isEqualTo(text);
    }

    @Test
    void aHyphenatedNameWithTheFamilyNameGoesWhole() {
        assertThat(redaction.redact("Her sister, Ana Núñez-García, drove her.")).isEqualTo(
                "Her sister, Ana the injured worker, drove her.");
    }

    @Test
    void anAuthorWhoIsAPartyBecomesTheRole() {
        assertThat(redaction.redactAuthor("Zoë Ångström, MD")).isEqualTo("requesting physician");
        assertThat(redaction.redactAuthor("Mary Smith, PT")).isEqualTo("Mary Smith, PT");
        assertThat(redaction.redactAuthor(null)).isNull();
    }

    @Test
    void publicPdfCarriesNoIdentifyingValueWhileTheAddressedPdfCarriesThemAll() {
        AddressedLetter addressed = new LetterGenerator(42).addressed();
        assertThat(addressed.parties()).isEqualTo(PARTIES);
        LetterRenderer renderer = new LetterRenderer();

        String sent = searchable(ExtractedText.collapsed(renderer.pdf(addressed)));
        String published = searchable(ExtractedText.collapsed(renderer.pdf(addressed.publicVersion())));

        for (String value : identifyingValues()) {
            assertThat(sent).as("the letter to the parties names " + value).contains(searchable(value));
            assertThat(published).as("the published letter names " + value).doesNotContain(searchable(value));
        }
        assertThat(published.replaceAll("[^0-9a-z]", "")).doesNotContain("05773122900", "0577312290");
        assertThat(published).contains("the injured worker", "requesting physician", "[claim number]",
                "[date of birth]", "[address]", "case number: " + addressed.letter().caseNumber().value().toLowerCase());
    }

    @Test
    void publicVersionKeepsTheDecisions() {
        AddressedLetter addressed = new LetterGenerator(42).addressed();
        FinalDeterminationLetter published = addressed.publicVersion();
        FinalDeterminationLetter letter = addressed.letter();
        assertThat(published.caseNumber()).isEqualTo(letter.caseNumber());
        assertThat(published.dates()).isEqualTo(letter.dates());
        assertThat(published.items()).hasSameSizeAs(letter.items());
        for (int i = 0; i < letter.items().size(); i++) {
            assertThat(published.items().get(i).outcome()).isEqualTo(letter.items().get(i).outcome());
            assertThat(published.items().get(i).reviewerGuideline()).isEqualTo(letter.items().get(i).reviewerGuideline());
        }
        assertThat(published.clinicalCaseSummary()).doesNotContain("Núñez").startsWith("The injured worker is a");
    }

    private static List<String> identifyingValues() {
        return List.of("José Núñez", "Núñez", "José", "Zoë Ångström", "Ångström", "05-7731-2290",
                "1428 Calle Olvera", "Fresno, CA 93721", "03/04/1968", "March 4, 1968", "Bay Coast Transit",
                "Golden Poppy Claims Services");
    }

    /** Lower case without accents, so that "JOSÉ" and "Jose" are found as "jose". */
    private static String searchable(String s) {
        return Redaction.fold(s).toLowerCase(Locale.ROOT);
    }
}
