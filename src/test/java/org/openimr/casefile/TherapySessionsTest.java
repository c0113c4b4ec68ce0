package org.openimr.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.casefile.Texts.assertSpan;
import static org.openimr.casefile.Texts.extract;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TherapySessionsTest {

    @Test
    void completedSessionsWithTheirSpan() {
        String text = "She completed 12 sessions of physical therapy with modest benefit.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.therapySessions()).singleElement().satisfies(t -> {
            assertThat(t.modality()).isEqualTo(Modality.PHYSICAL_THERAPY);
            assertThat(t.count()).contains(TherapySessions.SessionCount.exactly(12));
            assertThat(t.completed()).isTrue();
            assertThat(t.schedule()).isEmpty();
            assertSpan(t.span(), text, "12 sessions of physical therapy");
        });
        assertThat(facts.completedSessions(Modality.PHYSICAL_THERAPY)).hasValue(12);
    }

    @Test
    void sessionsSinceADateAndAquaticSessionsShareThePhysicalMedicineBudget() {
        String text = "The reviewer noted the patient had 27 PT sessions since Feb. 2014 and 6 aquatic sessions "
                + "since Sept. 2014.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.therapySessions()).hasSize(2);
        TherapySessions pt = facts.therapySessions().get(0);
        assertThat(pt.modality()).isEqualTo(Modality.PHYSICAL_THERAPY);
        assertThat(pt.count()).contains(TherapySessions.SessionCount.exactly(27));
        assertThat(pt.since()).contains(StatedDate.month(2014, 2));
        assertSpan(pt.span(), text, "27 PT sessions since Feb. 2014");
        TherapySessions aquatic = facts.therapySessions().get(1);
        assertThat(aquatic.modality()).isEqualTo(Modality.AQUATIC_THERAPY);
        assertThat(aquatic.count()).contains(TherapySessions.SessionCount.exactly(6));
        assertThat(aquatic.since()).contains(StatedDate.month(2014, 9));
        assertThat(facts.completedPhysicalMedicineSessions()).hasValue(33);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "He has attended twelve physical therapy visits.|PHYSICAL_THERAPY|12|12",
        "She has had twelve (12) chiropractic treatments to date.|CHIROPRACTIC|12|12",
        "The patient received thirty-four sessions of aquatic therapy.|AQUATIC_THERAPY|34|34",
        "Prior care included 8-10 visits of occupational therapy.|OCCUPATIONAL_THERAPY|8|10",
        "She underwent acupuncture x 6 last spring.|ACUPUNCTURE|6|6",
        "He has attended 3 out of 6 massage therapy sessions.|MASSAGE|3|3"
    })
    void countsInDigitsWordsAndRanges(String text, Modality modality, int min, int max) {
        assertThat(extract(text).therapySessions()).singleElement().satisfies(t -> {
            assertThat(t.modality()).isEqualTo(modality);
            assertThat(t.count()).contains(new TherapySessions.SessionCount(min, max));
            assertThat(t.completed()).isTrue();
        });
    }

    @Test
    void aFrequencyTimesWeeksIsARequestNotHistory() {
        String text = "The provider recommended physical therapy 3x4 for the lumbar spine.";
        assertThat(extract(text).therapySessions()).singleElement().satisfies(t -> {
            assertThat(t.assertion()).isEqualTo(Assertion.REQUESTED);
            assertThat(t.schedule()).contains(new TherapySessions.Schedule(3, 4));
            assertThat(t.count()).contains(TherapySessions.SessionCount.exactly(12));
            assertSpan(t.span(), text, "physical therapy 3x4");
        });
        assertThat(extract(text).completedSessions(Modality.PHYSICAL_THERAPY)).isEmpty();
    }

    @Test
    void aFrequencyEvenWithoutARequestWordIsARequest() {
        assertThat(extract("Physical therapy 2 times a week for 3 weeks, cervical spine.").therapySessions())
                .singleElement().satisfies(t -> {
                    assertThat(t.assertion()).isEqualTo(Assertion.REQUESTED);
                    assertThat(t.schedule()).contains(new TherapySessions.Schedule(2, 3));
                    assertThat(t.count()).contains(TherapySessions.SessionCount.exactly(6));
                });
    }

    @Test
    void aFrequencyTheRecordSaysWasDoneIsHistory() {
        assertThat(extract("He attended chiropractic twice a week for six weeks in 2014.").therapySessions())
                .singleElement().satisfies(t -> {
                    assertThat(t.completed()).isTrue();
                    assertThat(t.count()).contains(TherapySessions.SessionCount.exactly(12));
                });
    }

    @Test
    void additionalSessionsAreRequested() {
        ClinicalFacts facts = extract("He completed 10 sessions of aquatic therapy. The doctor asked for 6 additional "
                + "aquatic therapy sessions.");
        assertThat(facts.therapySessions()).extracting(TherapySessions::assertion)
                .containsExactly(Assertion.AFFIRMED, Assertion.REQUESTED);
        assertThat(facts.completedSessions(Modality.AQUATIC_THERAPY)).hasValue(10);
    }

    @Test
    void aTherapyWithoutCountOrDateIsNoSessionFact() {
        ClinicalFacts facts = extract("Treatment to date has included physical therapy and medications.");
        assertThat(facts.therapySessions()).isEmpty();
        assertThat(facts.completedSessions(Modality.PHYSICAL_THERAPY)).isEmpty();
        assertThat(facts.conservativeCare()).extracting(ConservativeCare::kind, ConservativeCare::modality)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ConservativeCare.Kind.THERAPY,
                                Optional.of(Modality.PHYSICAL_THERAPY)),
                        org.assertj.core.groups.Tuple.tuple(ConservativeCare.Kind.MEDICATIONS, Optional.empty()));
    }

    @Test
    void theHighestRestatedCountIsTheTotal() {
        ClinicalFacts facts = extract("She has had 6 physical therapy visits. By March 2015 she had completed 18 "
                + "physical therapy visits.");
        assertThat(facts.completedSessions(Modality.PHYSICAL_THERAPY)).hasValue(18);
        assertThat(facts.therapySessions()).hasSize(2);
        assertThat(StatedDate.month(2015, 3).lastDay()).isEqualTo(LocalDate.of(2015, 3, 31));
    }
}
