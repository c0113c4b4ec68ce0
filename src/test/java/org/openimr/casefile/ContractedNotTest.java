package org.openimr.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.casefile.Texts.extract;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A verb with its "not" written on ("wasn't", "didn't", "can't") reads as the two words do: it negates what follows,
 * a phrase that starts with "not" is found after it, and a trigger written with the verb ("did not tolerate", "has not
 * improved") is the same trigger contracted. Found by rewriting the development letters' summaries
 * (RewrittenDevelopmentLettersTest, session 14). Synthetic sentences.
 */
class ContractedNotTest {

    static final PhraseLexicon<String> LEXICON = PhraseLexicon.of(Map.of("maximal medical improvement", "mmi",
            "not able to transfer", "loss of function", "NSAIDs", "nsaids", "physical therapy", "pt",
            "notes", "notes"));

    static List<PhraseMention<String>> find(String text) {
        return LEXICON.find(CaseDocument.of("t", text));
    }

    static Assertion assertionOf(String text, String value) {
        return find(text).stream().filter(m -> m.value().equals(value)).findFirst().orElseThrow().assertion();
    }

    @Test
    void aContractedNotNegatesWhatFollows() {
        assertThat(assertionOf("Her surgeon said she wasn't near maximal medical improvement.", "mmi"))
                .isEqualTo(Assertion.NEGATED);
        assertThat(assertionOf("She isn’t at maximal medical improvement yet.", "mmi")).isEqualTo(Assertion.NEGATED);
    }

    @Test
    void aPhraseStartingWithNotIsFoundAfterAContractedVerbAndQuotedWithIt() {
        List<PhraseMention<String>> found = find("His wife says he wasn't able to transfer from the bed.");
        assertThat(found).extracting(PhraseMention::value).containsExactly("loss of function");
        assertThat(found.get(0).span().quote()).isEqualTo("wasn't able to transfer");
        assertThat(found.get(0).assertion()).isEqualTo(Assertion.AFFIRMED);
    }

    // guards: the contraction reads as the full words, no further
    @Test
    void aTriggerWithItsVerbReadsTheSameContracted() {
        assertThat(assertionOf("He didn't tolerate NSAIDs.", "nsaids"))
                .isEqualTo(assertionOf("He did not tolerate NSAIDs.", "nsaids"));
        assertThat(assertionOf("Her pain hasn't improved with physical therapy.", "pt"))
                .isEqualTo(assertionOf("Her pain has not improved with physical therapy.", "pt"));
    }

    @Test
    void onlyAnApostropheMakesAContractionAndNotOnlyStartsAWord() {
        assertThat(assertionOf("They want physical therapy notes.", "pt")).isEqualTo(Assertion.AFFIRMED);
        assertThat(find("Office don'tes were read.")).isEmpty();
    }

    /** The response read for the care whose quote starts with {@code care} (s14-left2: the Java cues of failed care). */
    static ConservativeCare.Response responseOf(String text, String care) {
        return extract(text).conservativeCare().stream().filter(c -> c.span().quote().startsWith(care)).findFirst()
                .orElseThrow(() -> new AssertionError("no care " + care + " in " + text)).response();
    }

    @Test
    void aContractedCueOfFailedCareReadsAsTheWordsDo() {
        assertThat(responseOf("She tried physical therapy but it didn't help.", "physical therapy"))
                .isEqualTo(ConservativeCare.Response.FAILED);
        assertThat(responseOf("Acupuncture hasn't helped her pain.", "Acupuncture"))
                .isEqualTo(ConservativeCare.Response.FAILED);
        assertThat(responseOf("Acupuncture wasn't helpful.", "Acupuncture")).isEqualTo(ConservativeCare.Response.FAILED);
    }

    @Test
    void careNotTriedWithAContractionIsNoFailedCare() {
        assertThat(extract("She had a TENS unit; chiropractic hasn't been tried given its limited benefit.")
                .conservativeCare()).extracting(ConservativeCare::response)
                .doesNotContain(ConservativeCare.Response.FAILED);
    }

    // guards: the full words read as before; help with no negation is help
    @Test
    void guardTheFullWordsAndPlainHelpReadAsBefore() {
        assertThat(extract("She had a TENS unit; chiropractic has not been tried given its limited benefit.")
                .conservativeCare()).extracting(ConservativeCare::response)
                .doesNotContain(ConservativeCare.Response.FAILED);
        assertThat(responseOf("Chiropractic was tried with limited benefit.", "Chiropractic"))
                .isEqualTo(ConservativeCare.Response.FAILED);
        assertThat(responseOf("Acupuncture was helpful.", "Acupuncture")).isEqualTo(ConservativeCare.Response.HELPED);
        assertThat(responseOf("She tried physical therapy but it did not help.", "physical therapy"))
                .isEqualTo(ConservativeCare.Response.FAILED);
    }
}
