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

    @Test
    void everyPhraseFindsOverlappingAndNestedPhrasesWhereTheDefaultKeepsTheLeftmostLongest() {
        Map<String, String> phrases = Map.of("complete tear", "lesion", "tear of the supraspinatus", "cuff",
                "home exercise program", "program", "home exercise", "exercise", "HEP", "program");
        CaseDocument doc = CaseDocument.of("t", "MRI showed a complete tear of the supraspinatus. "
                + "She does a home exercise program and a HEP daily, not a hep.");

        assertThat(PhraseLexicon.everyPhrase(phrases).find(doc))
                .extracting(m -> m.value() + "=" + m.span().quote() + "@" + m.span().start())
                .containsExactly("lesion=complete tear@13", "cuff=tear of the supraspinatus@22",
                        "program=home exercise program@60", "exercise=home exercise@60", "program=HEP@88");
        assertThat(PhraseLexicon.of(phrases).find(doc)).extracting(m -> m.span().quote())
                .containsExactly("complete tear", "home exercise program", "HEP");
    }
}
