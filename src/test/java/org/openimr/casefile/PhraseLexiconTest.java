package org.openimr.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A caller's phrases read with the case file's matching and context rules. Synthetic sentences. */
class PhraseLexiconTest {

    static final PhraseLexicon<String> LEXICON = PhraseLexicon.of(Map.of("homebound", "homebound",
            "wound care", "skilled", "maximal medical improvement", "mmi", "TTD", "off work"));

    static List<PhraseMention<String>> find(String text) {
        return LEXICON.find(CaseDocument.of("t", text));
    }

    @Test
    void aPhraseIsAffirmedNegatedOrRequestedAsTheSentenceSaysItWithItsSpanAndSentence() {
        List<PhraseMention<String>> found = find("He is homebound. He is not at maximal medical improvement. "
                + "The plan includes wound care.");
        assertThat(found).extracting(PhraseMention::value, PhraseMention::assertion).containsExactly(
                org.assertj.core.api.Assertions.tuple("homebound", Assertion.AFFIRMED),
                org.assertj.core.api.Assertions.tuple("mmi", Assertion.NEGATED),
                org.assertj.core.api.Assertions.tuple("skilled", Assertion.REQUESTED));
        assertThat(found.get(0).span().quote()).isEqualTo("homebound");
        assertThat(found.get(0).sentence().quote()).isEqualTo("He is homebound.");
    }

    @Test
    void notDocumentedIsADocumentationNegationAndCapitalsMatchOnlyAsCapitals() {
        PhraseMention<String> m = find("There is no documentation of homebound status.").get(0);
        assertThat(m.assertion()).isEqualTo(Assertion.NEGATED);
        assertThat(m.documentationOnly()).isTrue();
        assertThat(find("She is TTD.")).extracting(PhraseMention::value).containsExactly("off work");
        assertThat(find("The ttd form was signed.")).isEmpty();
    }

    @Test
    void notCloseToNegatesWhatFollows() {
        assertThat(find("The patient was not close to or at maximal medical improvement.").get(0).assertion())
                .isEqualTo(Assertion.NEGATED);
    }
}
