package org.openimr.letters.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openimr.letters.DisputedRequest;
import org.openimr.letters.DisputedRequest.UrModification;
import org.openimr.letters.PatientAsStated;
import org.openimr.letters.ReviewerCredentials;
import org.openimr.letters.Sex;
import org.openimr.letters.internal.LetterText.Line;

/** The smaller readers: line normalisation, modified requests, the patient phrase, prose credentials. */
class TextPartsTest {

    @Test
    void blankLinesSeparateParagraphsAndIndentationGoes() {
        LetterText t = LetterText.of("   Heading  \nfirst line\nsecond line\n \nnext paragraph\n");
        assertThat(t.lines()).containsExactly(new Line("Heading", true), new Line("first line", false),
                new Line("second line", false), new Line("next paragraph", true));
    }

    @Test
    void inDoubleSpacedTextOneBlankLineIsOnlyTheSpacing() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            sb.append("line ").append(i).append(" \n\n");
        }
        sb.append(" \n\nnew paragraph \n\n");
        List<Line> lines = LetterText.of(sb.toString()).lines();
        assertThat(lines).filteredOn(Line::paragraphStart).extracting(Line::text).containsExactly("line 1", "new paragraph");
    }

    @Test
    void aPageBreakSeparatesParagraphsOnlyAfterTheEndOfASentence() {
        List<Line> lines = LetterText.of("The request for\n\fnaproxen was approved.\n\n\fNext item: Upheld\n").lines();
        assertThat(lines).containsExactly(new Line("The request for", true), new Line("naproxen was approved.", false),
                new Line("Next item: Upheld", true));
        // blank lines next to the break do not count either way
        assertThat(LetterText.of("is not\n\n\fmedically necessary.\n").lines().get(1).paragraphStart()).isFalse();
    }

    @Test
    void hyphenWrapsJoinWithoutASpaceAsTheLetterPrintsThem() {
        assertThat(Texts.join(List.of("electro-", "myography of the"))).isEqualTo("electro-myography of the");
        assertThat(Texts.join(List.of("Low Back -", "Lumbar"))).isEqualTo("Low Back - Lumbar");
        assertThat(Texts.join(List.of("two  words", " and   more "))).isEqualTo("two words and more");
    }

    @Test
    void modifiedRequestsInBothWordings() {
        assertThat(RequestParser.parse("Physical therapy eight sessions was the original request. Physical therapy six"
                + " sessions was authorized by the Claims Administrator. The remaining IMR eligible portion of the original"
                + " request, Physical therapy two sessions is")).isEqualTo(new DisputedRequest("Physical therapy two sessions",
                        Optional.of(new UrModification("Physical therapy eight sessions", "Physical therapy six sessions"))));
        assertThat(RequestParser.parse("Knee brace, purchase was the original request. The Claims Administrator authorized"
                + " a knee brace, rental for 1 month, leaving the original request IMR eligible. The original request,"
                + " Knee brace, purchase is")).isEqualTo(new DisputedRequest("Knee brace, purchase",
                        Optional.of(new UrModification("Knee brace, purchase", "a knee brace, rental for 1 month"))));
        assertThat(RequestParser.parse("Lumbar MRI")).isEqualTo(DisputedRequest.of("Lumbar MRI"));
    }

    @Test
    void patientAgeAndSexOnlyAsTheSummaryUsuallySaysThem() {
        assertThat(PatientParser.parse("The injured worker is a 48 year old male who sustained an injury."))
                .isEqualTo(new PatientAsStated(48, Sex.MALE));
        assertThat(PatientParser.parse("This case involves a now 36-year-old female with a history."))
                .isEqualTo(new PatientAsStated(36, Sex.FEMALE));
        assertThat(PatientParser.parse("This is a 49 year-old male who was injured.")).isEqualTo(new PatientAsStated(49, Sex.MALE));
        assertThat(PatientParser.parse("The injured worker is a(n) 57 year old male, who sustained"))
                .isEqualTo(new PatientAsStated(57, Sex.MALE));
        assertThat(PatientParser.parse("The patient is a 40 year old who fell. She has pain."))
                .as("no sex in the phrase, none guessed from pronouns").isEqualTo(new PatientAsStated(40, null));
        assertThat(PatientParser.parse("The injured worker fell at work. She has pain.")).isEqualTo(PatientAsStated.unknown());
        assertThat(PatientParser.parse("One. Two. Three. The injured worker is a 30 year old male."))
                .as("only the opening sentences").isEqualTo(PatientAsStated.unknown());
    }

    @Test
    void proseCredentials() {
        ReviewerCredentials r = CredentialsParser.fromProse("The physician reviewer is Board Certified in Physical Medicine"
                + " and Rehabilitation, has a subspecialty in Interventional Spine, and is licensed to practice in California.");
        assertThat(r.certifications()).containsExactly("Physical Medicine and Rehabilitation");
        assertThat(r.subspecialties()).containsExactly("Interventional Spine");
        assertThat(r.licensureStates()).containsExactly("California");

        ReviewerCredentials two = CredentialsParser.fromProse(
                "The reviewer is Board-Certified in Orthopedic Surgery and is licensed to practice in New York and California.");
        assertThat(two.certifications()).containsExactly("Orthopedic Surgery");
        assertThat(two.subspecialties()).isEmpty();
        assertThat(two.licensureStates()).containsExactly("New York", "California");
    }
}
