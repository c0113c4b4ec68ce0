package org.openimr.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.casefile.Texts.assertSpan;
import static org.openimr.casefile.Texts.extract;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * When a drug was started, or how long it has been taken, read from the sentence that names it: the duration checks
 * (topical NSAIDs 4-12 weeks, muscle relaxants short-term, sleep aids 2-6 weeks, opioid time on treatment) need it.
 */
class MedicationStartTest {

    private static Medication only(String text) {
        List<Medication> medications = extract(text).medications();
        assertThat(medications).hasSize(1);
        return medications.get(0);
    }

    @Test
    void aStartDateAfterWhereTheDrugWasApplied() {
        String text = "She applied Voltaren gel to both knees since March 2016.";
        Medication m = only(text);
        assertThat(m.since()).contains(StatedDate.month(2016, 3));
        assertThat(m.duration()).isEmpty();
        assertSpan(m.span(), text, "Voltaren gel to both knees since March 2016");
    }

    @Test
    void aDrugStartedOnADay() {
        String text = "Lyrica was started on 06/12/2016 for neuropathic pain.";
        Medication m = only(text);
        assertThat(m.since()).contains(StatedDate.day(LocalDate.of(2016, 6, 12)));
        assertSpan(m.span(), text, "Lyrica was started on 06/12/2016");
    }

    @Test
    void takenSinceAnEventInAYear() {
        String text = "Prescribed Ambien 10 mg nightly, which he has taken since his injury in 2013.";
        Medication m = only(text);
        assertThat(m.since()).contains(StatedDate.year(2013));
        assertSpan(m.span(), text, "Ambien 10 mg nightly, which he has taken since his injury in 2013");
    }

    @Test
    void forThePastYearsAndSinceAtLeastAYear() {
        assertThat(only("She has been taking Norco for the past 2 years.").duration()).contains(Period.ofYears(2));
        assertThat(only("He remains on tramadol since at least 2014.").since()).contains(StatedDate.year(2014));
    }

    @Test
    void aDurationLaterInTheSentenceAndTimesYears() {
        String text = "He has used Flexeril to help with spasms for 3 months.";
        Medication m = only(text);
        assertThat(m.duration()).contains(Period.ofMonths(3));
        assertThat(m.since()).isEmpty();
        assertSpan(m.span(), text, "Flexeril to help with spasms for 3 months");
        String times = "Soma 350 mg x 3 years.";
        Medication soma = only(times);
        assertThat(soma.duration()).contains(Period.ofYears(3));
        assertSpan(soma.span(), times, "Soma 350 mg x 3 years");
    }

    @Test
    void aVagueDurationIsNoDuration() {
        Medication m = only("She has used Flexeril for several months.");
        assertThat(m.duration()).isEmpty();
        assertThat(m.since()).isEmpty();
    }

    @Test
    void aStopIsNotAStart() {
        Medication omeprazole = only("Omeprazole was discontinued in 08/2016.");
        assertThat(omeprazole.since()).isEmpty();
        assertThat(omeprazole.assertion()).isEqualTo(Assertion.HISTORICAL);
        assertThat(only("He has been weaned off Norco since 01/2016.").since()).isEmpty();
    }

    @Test
    void theDateBelongsToTheDrugItIsTiedTo() {
        String text = "She takes Norco and, since May 2016, Lyrica.";
        List<Medication> medications = extract(text).medications();
        assertThat(medications).extracting(Medication::name).containsExactly("Norco", "Lyrica");
        assertThat(medications.get(0).since()).isEmpty();
        assertThat(medications.get(1).since()).contains(StatedDate.month(2016, 5));
        assertSpan(medications.get(1).span(), text, "since May 2016, Lyrica");
        assertThat(extract("She takes Norco and, since May, Lyrica.").medications())
                .allSatisfy(m -> assertThat(m.since()).isEmpty());
    }

    @Test
    void neverAcrossAnotherDrug() {
        String text = "Omeprazole was discontinued in 08/2016, and Lyrica was started on 06/12/2016; she uses Norco "
                + "and Soma daily since 2015.";
        List<Medication> medications = extract(text).medications();
        assertThat(medications).extracting(Medication::name)
                .containsExactly("Omeprazole", "Lyrica", "Norco", "Soma");
        assertThat(medications).extracting(Medication::since).containsExactly(java.util.Optional.empty(),
                java.util.Optional.of(StatedDate.day(LocalDate.of(2016, 6, 12))), java.util.Optional.empty(),
                java.util.Optional.of(StatedDate.year(2015)));
    }

    @Test
    void aLengthOrStartOfSomethingElseInTheSentenceIsNotTheDrugs() {
        assertThat(only("He uses Norco for pain relief and has done physical therapy for 6 weeks.").duration()).isEmpty();
        assertThat(only("Norco was prescribed by Dr. Smith, who has treated her since 2012.").since()).isEmpty();
        assertThat(only("She takes Norco and has had back pain for 10 months.").duration()).isEmpty();
    }

    @Test
    void aPrescriptionsSupplyAfterItsQuantityIsNoTimeOnTheDrug() {
        Medication m = only("Cyclobenzaprine 7.5 mg #14 x 7 days.");
        assertThat(m.quantity()).hasValue(14);
        assertThat(m.duration()).isEmpty();
        assertThat(m.since()).isEmpty();
        assertThat(only("Soma 350 mg x 3 years, #60.").duration()).contains(Period.ofYears(3));
    }

    @Test
    void aClauseAfterACommaIsTheDrugsOnlyWhenItSaysItIsTaken() {
        assertThat(only("Norco 10/325 mg, pain has been worse since the fall in 2015.").since()).isEmpty();
        assertThat(only("Norco 10/325 mg, which she has been on since 2014.").since())
                .contains(StatedDate.year(2014));
        assertThat(only("Norco 10/325 mg, that she has taken for 2 years.").duration()).contains(Period.ofYears(2));
    }

    @Test
    void offWorkIsNoStop() {
        assertThat(only("The patient remains off work and takes Norco 10/325 mg since 2014.").since())
                .contains(StatedDate.year(2014));
        assertThat(only("She is off-duty and uses Norco since 03/2015.").since()).contains(StatedDate.month(2015, 3));
        assertThat(only("He came off Norco since 2014.").since()).isEmpty();
    }
}
