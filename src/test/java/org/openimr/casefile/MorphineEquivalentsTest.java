package org.openimr.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.casefile.Texts.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MED per opioid with the CDC factors of casefile/opioid-conversion.yaml, and over a regimen. */
class MorphineEquivalentsTest {

    @ParameterizedTest(name = "{0} -> {1} mg MED/day")
    @CsvSource(delimiter = '|', value = {
        // hydrocodone 10 mg x 3/day x 1
        "Current medications: Norco 10/325 mg one every 8 hours.|30|hydrocodone|1",
        // oxycodone 10 mg x 4/day x 1.5
        "Current medications: oxycodone 10 mg every 6 hours.|60|oxycodone|1.5",
        // morphine ER 30 mg x 2/day x 1
        "Current medications: MS Contin 30 mg twice a day.|60|morphine|1",
        // tramadol 50 mg x 2 tablets x 4/day x 0.1
        "Current medications: tramadol 50 mg two tablets four times a day.|40|tramadol|0.1",
        // tapentadol 100 mg x 2/day x 0.4
        "Current medications: Nucynta 100 mg BID.|80|tapentadol|0.4",
        // codeine 30 mg (Tylenol #3) x 4/day x 0.15
        "Current medications: Tylenol #3 every 6 hours.|18|codeine|0.15",
        // hydromorphone 4 mg x 6/day x 4
        "Current medications: Dilaudid 4 mg q4h.|96|hydromorphone|4",
        // oxymorphone 10 mg x 2/day x 3
        "Current medications: Opana ER 10 mg every 12 hours.|60|oxymorphone|3",
        // methadone 10 mg x 3/day = 30 mg/day, band 21-40 -> x 8
        "Current medications: methadone 10 mg three times daily.|240|methadone|8",
        // methadone 5 mg x 2/day = 10 mg/day, band 1-20 -> x 4
        "Current medications: methadone 5 mg twice daily.|40|methadone|4",
        // fentanyl patch 25 mcg/h x 2.4
        "Current medications: Duragesic 25 mcg/hr patch every 72 hours.|60|fentanyl_transdermal|2.4"
    })
    void perOpioid(String text, String med, String opioid, String factor) {
        MorphineEquivalentDose dose = extract(text).morphineEquivalentDose();
        assertThat(dose.notQuantified()).isEmpty();
        assertThat(dose.milligramsPerDay()).isEqualByComparingTo(med);
        assertThat(dose.contributions()).singleElement().satisfies(c -> {
            assertThat(c.opioid()).isEqualTo(opioid);
            assertThat(c.factor()).isEqualByComparingTo(factor);
            assertThat(c.source()).startsWith("cdc-2016");
        });
    }

    @Test
    void theDosesOfSeveralOpioidsAreAdded() {
        ClinicalFacts facts = extract("Current medications include Norco 10/325 mg 1 tablet every 6 hours, "
                + "OxyContin 20 mg every 12 hours and tramadol 50 mg twice daily, plus naproxen 500 mg twice daily.");
        MorphineEquivalentDose dose = facts.morphineEquivalentDose();
        // 10 x 4 x 1 = 40; 20 x 2 x 1.5 = 60; 50 x 2 x 0.1 = 10
        assertThat(dose.milligramsPerDay()).isEqualByComparingTo("110");
        assertThat(dose.contributions()).extracting(MorphineEquivalentDose.Contribution::opioid)
                .containsExactly("hydrocodone", "oxycodone", "tramadol");
        assertThat(dose.exceeds(new java.math.BigDecimal("120"))).isFalse();
        assertThat(dose.complete()).isTrue();
    }

    @Test
    void anOpioidWithoutAFrequencyIsReportedNotGuessed() {
        ClinicalFacts facts = extract("Medications: Norco 10/325 mg #90 and Percocet.");
        MorphineEquivalentDose dose = facts.morphineEquivalentDose();
        assertThat(dose.milligramsPerDay()).isEqualByComparingTo("0");
        assertThat(dose.complete()).isFalse();
        assertThat(dose.notQuantified()).extracting(MorphineEquivalentDose.NotQuantified::reason)
                .containsExactly("frequency not stated", "strength not stated");
    }

    @Test
    void oneTabletPerDoseIsAssumedOnlyWhereTheRecordGivesAFrequencyAndSaysSo() {
        MorphineEquivalentDose dose = extract("Current medications: Norco 5/325 mg every 4 hours.")
                .morphineEquivalentDose();
        assertThat(dose.contributions()).singleElement().satisfies(c -> {
            assertThat(c.assumedOneUnitPerDose()).isTrue();
            assertThat(c.dailyDose()).isEqualByComparingTo("30");
        });
    }

    @Test
    void theSameRegimenStatedTwiceCountsOnce() {
        ClinicalFacts facts = extract("She takes Norco 10/325 mg every 8 hours. Norco 10/325 mg helps her walk.");
        assertThat(facts.currentMedications()).hasSize(2);
        assertThat(facts.morphineEquivalentDose().milligramsPerDay()).isEqualByComparingTo("30");
    }

    @Test
    void aRequestCanBeAddedToTheCurrentRegimen() {
        ClinicalFacts facts = extract("She takes oxycodone 15 mg every 6 hours. The request for Norco 10/325 mg "
                + "every 6 hours was non-certified.");
        assertThat(facts.morphineEquivalentDose().milligramsPerDay()).isEqualByComparingTo("90");
        MorphineEquivalentDose withRequest = MorphineEquivalents.standard().of(facts.medications());
        assertThat(withRequest.milligramsPerDay()).isEqualByComparingTo("130");
        assertThat(withRequest.exceeds(new java.math.BigDecimal("120"))).isTrue();
    }

    @Test
    void nonOpioidsAndBuprenorphineAreNotConverted() {
        MorphineEquivalentDose dose = MorphineEquivalents.standard().of(List.copyOf(
                extract("Current medications: gabapentin 300 mg three times daily and Butrans 10 mcg/hr.")
                        .medications()));
        assertThat(dose.contributions()).isEmpty();
        assertThat(dose.notQuantified()).singleElement()
                .satisfies(n -> assertThat(n.reason()).isEqualTo("no conversion factor for buprenorphine"));
    }
}
