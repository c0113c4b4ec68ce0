package org.openimr.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pairs a phrase requires, read from the tsquery PostgreSQL makes of the words (websearch_to_tsquery). */
class PhrasePairsTest {

    @Test
    void aPhraseRequiresEachPairOfConsecutiveWords() {
        assertThat(PhrasePairs.required("'physic' <-> 'therapi' <-> 'pain'"))
                .contains("'physic_therapi' & 'therapi_pain'");
    }

    @Test
    void everyPhraseJoinedByAndCountsAndPlainWordsRequireNoPair() {
        assertThat(PhrasePairs.required("'urin' <-> 'drug' <-> 'screen' & 'opioid' & 'chronic' <-> 'pain'"))
                .contains("'urin_drug' & 'drug_screen' & 'chronic_pain'");
        assertThat(PhrasePairs.required("'physic' & 'therapi'")).isEmpty();
    }

    @Test
    void wordsAStopWordApartAreNoPair() {
        // "therapy of the knee", "follow-up visit"
        assertThat(PhrasePairs.required("'therapi' <3> 'knee'")).isEmpty();
        assertThat(PhrasePairs.required("'follow-up' <-> 'follow' <2> 'visit'")).contains("'follow-up_follow'");
    }

    @Test
    void phrasesAnItemNeedNotContainRequireNothing() {
        assertThat(PhrasePairs.required("'acupunctur' | 'physic' <-> 'therapi'")).isEmpty();
        assertThat(PhrasePairs.required("'pain' & !( 'physic' <-> 'therapi' )")).isEmpty();
        assertThat(PhrasePairs.required("'pain' & !'physic' <-> 'therapi'")).isEmpty();
        // a phrase beside a group still counts
        assertThat(PhrasePairs.required("( 'a' | 'b' ) & 'low' <-> 'back'")).contains("'low_back'");
    }

    @Test
    void quotesAndBackslashesInLexemesAreKeptAndEscaped() {
        assertThat(PhrasePairs.required("'o''neil' <-> 'c:\\\\x'")).contains("'o''neil_c:\\\\x'");
    }

    @Test
    void weightedOrPrefixWordsAndUnknownFormsRequireNothing() {
        assertThat(PhrasePairs.required("'physic':* <-> 'therapi'")).isEmpty();
        assertThat(PhrasePairs.required("'physic' <-> 'therapi':A")).isEmpty();
        assertThat(PhrasePairs.required("'unterminated")).isEmpty();
        assertThat(PhrasePairs.required("")).isEmpty();
    }

    @Test
    void pairsTooLongForALexemeAreLeftOut() {
        String longWord = "x".repeat(1500);
        assertThat(PhrasePairs.required("'" + longWord + "' <-> '" + longWord + "' & 'a' <-> 'b'")).contains("'a_b'");
    }
}
