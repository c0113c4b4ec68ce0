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
    void aPhraseOfTwoWordsIsItsPairAndTheOtherWordsStayForTheIndex() {
        assertThat(PhrasePairs.match("'physic' <-> 'therapi' & 'knee' & !'surgeri'")).contains(
                new PhrasePairs.Match("'knee' & ! 'surgeri'", "'physic_therapi'", false));
        assertThat(PhrasePairs.match("'physic' <-> 'therapi'")).contains(
                new PhrasePairs.Match(null, "'physic_therapi'", false));
    }

    @Test
    void aHyphenatedWordIsItsPairsWithoutComparingPositions() {
        // "x-rays": the whole word, then its parts at the next positions, as PostgreSQL indexes every hyphenated word
        assertThat(PhrasePairs.match("'x-ray' <-> 'x' <-> 'ray'")).contains(
                new PhrasePairs.Match(null, "'x-ray_x' & 'x_ray'", false));
        assertThat(PhrasePairs.match("'platelet-rich' <-> 'platelet' <-> 'rich' & 'plasma'")).contains(
                new PhrasePairs.Match("'plasma'", "'platelet-rich_platelet' & 'platelet_rich'", false));
        // more words than the parts of the hyphenated word: a longer phrase, compared by position
        assertThat(PhrasePairs.match("'x-ray' <-> 'x' <-> 'ray' <-> 'knee'")).contains(
                new PhrasePairs.Match(null, "'x-ray_x' & 'x_ray' & 'ray_knee'", true));
    }

    @Test
    void longerPhrasesGapsAndWordsWithUnderscoresNeedTheirPositionsCompared() {
        assertThat(PhrasePairs.match("'physic' <-> 'therapi' <-> 'pain'")).contains(
                new PhrasePairs.Match(null, "'physic_therapi' & 'therapi_pain'", true));
        // "follow-up of the visit": the word after the gap is required by the index, its place by the positions
        assertThat(PhrasePairs.match("'follow-up' <-> 'follow' <3> 'visit'")).contains(
                new PhrasePairs.Match("'visit'", "'follow-up_follow'", true));
        assertThat(PhrasePairs.match("'my_file.txt' <-> 'open'")).contains(
                new PhrasePairs.Match(null, "'my_file.txt_open'", true));
        // a phrase inside a negation is matched by position on the items left
        assertThat(PhrasePairs.match("'low' <-> 'back' & !( 'physic' <-> 'therapi' )")).contains(
                new PhrasePairs.Match("! ( 'physic' <-> 'therapi' )", "'low_back'", true));
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
