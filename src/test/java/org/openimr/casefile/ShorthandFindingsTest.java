package org.openimr.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.casefile.Texts.extract;

import org.junit.jupiter.api.Test;
import org.openimr.shared.BodyRegion;

/** Findings written in clinical shorthand read as the same words written out. Synthetic texts, written for OpenIMR. */
class ShorthandFindingsTest {

    private static String read(PainScore p) {
        return p.score().intValue() + " " + p.circumstance();
    }

    @Test
    void painFromEightToFiveWithAnArrowIsPainWithoutAndWithTheDrug() {
        assertThat(extract("On gabapentin 600 TID w/ VAS 8/10 -> 5/10, improved sleep.").painScores())
                .extracting(ShorthandFindingsTest::read).containsExactly("8 WITHOUT_MEDICATION", "5 WITH_MEDICATION");
    }

    @Test
    void aRisingScoreWithAnArrowIsNoReduction() {
        assertThat(extract("On gabapentin 600 TID, VAS 5/10 -> 8/10 since the flare.").painScores())
                .extracting(p -> p.circumstance()).doesNotContain(PainScore.Circumstance.WITH_MEDICATION);
    }

    @Test
    void painWithAndWithoutMedsInShorthand() {
        assertThat(extract("VAS 8/10 w/o meds, 3/10 w/ meds.").painScores()).extracting(ShorthandFindingsTest::read)
                .containsExactly("8 WITHOUT_MEDICATION", "3 WITH_MEDICATION");
    }

    @Test
    void careWithoutReliefInShorthandFailed() {
        assertThat(extract("PT x12, NSAIDs w/o relief.").conservativeCare())
                .extracting(ConservativeCare::response).containsOnly(ConservativeCare.Response.FAILED);
    }

    @Test
    void careWithReliefInShorthandHelped() {
        assertThat(extract("PT x12 w/ good relief.").conservativeCare())
                .extracting(ConservativeCare::response).containsOnly(ConservativeCare.Response.HELPED);
    }

    @Test
    void reliefCountedInWeeksIsReliefThatDidNotLast() {
        assertThat(extract("Tx: PT x 12, a L4-5 TFESI 05/2016 with 2 weeks of relief.").conservativeCare())
                .extracting(ConservativeCare::response).containsOnly(ConservativeCare.Response.FAILED);
    }

    @Test
    void reliefOverMonthsOrTwelveWeeksIsStillHelp() {
        assertThat(extract("Tx to date: PT x 12 with 12 weeks of relief.").conservativeCare())
                .extracting(ConservativeCare::response).containsOnly(ConservativeCare.Response.HELPED);
    }

    @Test
    void careWithoutGainFailed() {
        assertThat(extract("Tx: PT with a HEP and NSAIDs, without gain in ROM or strength.").conservativeCare())
                .extracting(ConservativeCare::response).containsOnly(ConservativeCare.Response.FAILED);
    }

    @Test
    void aHistoryInShorthandIsHistorical() {
        ClinicalFacts facts = extract("h/o L4-5 HNP 2012.");
        assertThat(facts.diagnoses()).isNotEmpty();
        assertThat(facts.diagnoses()).extracting(Diagnosis::assertion).containsOnly(Assertion.HISTORICAL);
    }

    @Test
    void regionsInShorthand() {
        assertThat(extract("MRI L/S 2/2016: L4-5 HNP. MRI C/S: C5-6 bulge. Numbness BLE.").bodyParts())
                .extracting(b -> b.region().region()).contains(BodyRegion.LUMBAR_SPINE, BodyRegion.CERVICAL_SPINE,
                        BodyRegion.LOWER_EXTREMITY);
    }

    @Test
    void aTablePhraseIsFoundInItsShortForm() {
        assertThat(extract("Anti-inflammatory meds failed.").conservativeCare()).extracting(c -> c.drugClass())
                .containsExactly(java.util.Optional.of("nsaid"));
        assertThat(extract("Improvement in ADLs since the injection.").functionalImprovement()).isNotEmpty();
    }

    @Test
    void aShortFormInsideAnotherWordIsNotRead() {
        assertThat(extract("Improvement in ADLsx since the injection.").functionalImprovement()).isEmpty();
        assertThat(extract("Anti-inflammatory medsx failed.").conservativeCare()).isEmpty();
    }
}
