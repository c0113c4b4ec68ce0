package org.openimr.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.openimr.casefile.Texts.assertSpan;
import static org.openimr.casefile.Texts.extract;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MedicationsTest {

    @Test
    void aFullPrescription() {
        String text = "Current medications: Norco 10/325 mg #90 one every 8 hours as needed for pain.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.medications()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Norco");
            assertThat(m.generic()).isEqualTo("hydrocodone/acetaminophen");
            assertThat(m.classes()).containsExactly(DrugClass.OPIOID);
            assertThat(m.opioid()).contains("hydrocodone");
            assertThat(m.strength()).contains(
                    new Strength(new BigDecimal("10"), Optional.of(new BigDecimal("325")), "mg"));
            assertThat(m.quantity()).hasValue(90);
            assertThat(m.dosing()).contains(
                    new Dosing(Optional.of(BigDecimal.ONE), Optional.of(new BigDecimal("3")), true));
            assertThat(m.assertion()).isEqualTo(Assertion.AFFIRMED);
            assertSpan(m.span(), text, "Norco 10/325 mg #90 one every 8 hours as needed for pain");
        });
        assertThat(facts.morphineEquivalentDose().milligramsPerDay()).isEqualByComparingTo("30");
    }

    @Test
    void aSteroidOrAnaestheticInjectedIsNotADrugThePatientTakes() {
        ClinicalFacts facts = extract("He had a lumbar epidural steroid injection with Depo-Medrol on 05/02/2016. "
                + "Kenalog and lidocaine were injected into the right shoulder. He takes prednisone 10 mg daily "
                + "for asthma and uses a Medrol Dosepak for flares.");
        assertThat(facts.medications()).extracting(Medication::name, Medication::assertion).containsExactly(
                tuple("Depo-Medrol", Assertion.HISTORICAL),
                tuple("Kenalog", Assertion.HISTORICAL),
                tuple("lidocaine", Assertion.HISTORICAL),
                tuple("prednisone", Assertion.AFFIRMED),
                tuple("Medrol", Assertion.AFFIRMED));
    }

    @Test
    void aSteroidTakenByMouthNearAnInjectionIsStillTaken() {
        ClinicalFacts facts = extract("Current medications: naproxen 550 mg twice daily and prednisone 5 mg daily; "
                + "she is awaiting an ESI. Since the ESI in 2014 she takes prednisone 10 mg daily. An injection of "
                + "triamcinolone was given to the knee. A Celestone injection helped for a month.");
        assertThat(facts.medications()).extracting(Medication::name, Medication::assertion).containsExactly(
                tuple("naproxen", Assertion.AFFIRMED),
                tuple("prednisone", Assertion.AFFIRMED),
                tuple("prednisone", Assertion.AFFIRMED),
                tuple("triamcinolone", Assertion.HISTORICAL),
                tuple("Celestone", Assertion.HISTORICAL));
    }

    @Test
    void aDrugThePlanContinuesIsTaken() {
        ClinicalFacts facts = extract("Chronic low back pain. He takes naproxen. Plan: continue Norco 10/325 mg one "
                + "tablet twice daily #60. He wants to continue gabapentin 300 mg three times a day.");
        assertThat(facts.medications()).extracting(Medication::name, Medication::assertion).containsExactly(
                tuple("naproxen", Assertion.AFFIRMED),
                tuple("Norco", Assertion.AFFIRMED),
                tuple("gabapentin", Assertion.AFFIRMED));
    }

    @Test
    void howLongTakenSinceAYearOrForAPeriod() {
        ClinicalFacts facts = extract("He has been on tramadol since 2015. She has taken gabapentin for 6 months.");
        assertThat(facts.medications()).hasSize(2);
        assertThat(facts.medications().get(0).since()).contains(StatedDate.year(2015));
        assertThat(facts.medications().get(0).is(DrugClass.OPIOID)).isTrue();
        assertThat(facts.medications().get(1).duration()).contains(Period.ofMonths(6));
        assertThat(facts.medications().get(1).is(DrugClass.ANTICONVULSANT)).isTrue();
    }

    @Test
    void everyNightIsOneDoseADayAndTheSinceAfterItStaysWithTheDrug() {
        String text = "She has used Flexeril 10 mg every night since 2013 for spasms.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.medications()).singleElement().satisfies(m -> {
            assertThat(m.dosing()).contains(new Dosing(Optional.empty(), Optional.of(BigDecimal.ONE), false));
            assertThat(m.since()).contains(StatedDate.year(2013));
            assertSpan(m.span(), text, "Flexeril 10 mg every night since 2013");
        });
    }

    @Test
    void aListWithClassesAndForms() {
        String text = "Medications include Flexeril 10 mg three times a day, omeprazole 20 mg daily, Lidoderm "
                + "patch, Ambien 10 mg at bedtime and Cymbalta 60 mg.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.medications()).extracting(Medication::name)
                .containsExactly("Flexeril", "omeprazole", "Lidoderm", "Ambien", "Cymbalta");
        assertThat(facts.medications()).extracting(m -> m.classes().iterator().next())
                .containsExactly(DrugClass.MUSCLE_RELAXANT, DrugClass.PPI, DrugClass.TOPICAL,
                        DrugClass.SEDATIVE_HYPNOTIC, DrugClass.ANTIDEPRESSANT);
        assertThat(facts.medications().get(0).dosing()).flatMap(Dosing::timesPerDay)
                .hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("3"));
        assertThat(facts.medications().get(3).dosing()).flatMap(Dosing::timesPerDay)
                .hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("1"));
        assertSpan(facts.medications().get(1).span(), text, "omeprazole 20 mg daily");
        assertThat(facts.currentMedications()).hasSize(5);
    }

    @Test
    void requestedDiscontinuedAndAllergicAreNotCurrent() {
        ClinicalFacts facts = extract("The request for Percocet 5/325 mg #60 was denied. Soma was discontinued "
                + "last year. She is allergic to codeine. She takes ibuprofen 800 mg twice daily.");
        assertThat(facts.medications()).extracting(Medication::name, Medication::assertion).containsExactly(
                tuple("Percocet", Assertion.REQUESTED),
                tuple("Soma", Assertion.HISTORICAL),
                tuple("codeine", Assertion.NEGATED),
                tuple("ibuprofen", Assertion.AFFIRMED));
        assertThat(facts.currentMedications()).extracting(Medication::name).containsExactly("ibuprofen");
    }

    @Test
    void theDrugSwitchedFromIsNotCurrentAndTheDrugSwitchedToIs() {
        ClinicalFacts switched = extract("He was switched from naproxen to diclofenac 75 mg twice daily last month.");
        assertThat(switched.medications()).extracting(Medication::name, Medication::assertion).containsExactly(
                tuple("naproxen", Assertion.HISTORICAL),
                tuple("diclofenac", Assertion.AFFIRMED));
        ClinicalFacts plan = extract("Plan: discontinue naproxen; start Celebrex 200 mg daily.");
        assertThat(plan.medications()).extracting(Medication::name).containsExactly("naproxen", "Celebrex");
        assertThat(plan.currentMedications()).extracting(Medication::name).doesNotContain("naproxen");
    }

    @Test
    void aCompoundedTopicalMakesEachIngredientTopical() {
        ClinicalFacts facts = extract("A topical cream with flurbiprofen, baclofen and lidocaine was prescribed.");
        assertThat(facts.medications()).hasSize(3)
                .allSatisfy(m -> assertThat(m.classes()).contains(DrugClass.TOPICAL));
        ClinicalFacts percent = extract("Flurbiprofen 20%/Cyclobenzaprine 4% compound, 180 grams.");
        assertThat(percent.medications()).allSatisfy(m -> assertThat(m.classes()).contains(DrugClass.TOPICAL));
    }

    @Test
    void aFixedDoseProductCarriesItsOpioidStrength() {
        assertThat(extract("She uses Tylenol #3 every 6 hours.").medications()).singleElement().satisfies(m -> {
            assertThat(m.opioid()).contains("codeine");
            assertThat(m.strength()).map(Strength::amount).hasValueSatisfying(
                    a -> assertThat(a).isEqualByComparingTo("30"));
            assertThat(m.quantity()).isEmpty();
        });
    }

    @Test
    void aBrandInParenthesesIsTheSameDrug() {
        String text = "He takes meloxicam (Mobic) 7.5 mg one to two tablets daily #30.";
        assertThat(extract(text).medications()).singleElement().satisfies(m -> {
            assertThat(m.generic()).isEqualTo("meloxicam");
            assertThat(m.dosing()).flatMap(Dosing::unitsPerDose)
                    .hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo("2"));
            assertThat(m.quantity()).hasValue(30);
            assertSpan(m.span(), text, "meloxicam (Mobic) 7.5 mg one to two tablets daily #30");
        });
    }

    @Test
    void noMedicationNamedNoMedication() {
        assertThat(extract("Medications were not provided in the records.").medications()).isEmpty();
    }
}
