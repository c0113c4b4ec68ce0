package org.openimr.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.casefile.Texts.assertSpan;
import static org.openimr.casefile.Texts.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openimr.casefile.PriorInjections.Kind;
import org.openimr.shared.BodyRegion;

class PriorInjectionsTest {

    @Test
    void aCountBeforeTheTermWithItsWords() {
        String text = "Low back pain since 2014. She has had three prior lumbar ESIs with partial relief.";
        assertThat(extract(text).priorInjections()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.EPIDURAL);
            assertThat(p.count()).hasValue(3);
            assertThat(p.dates()).isEmpty();
            assertThat(p.region()).contains(BodyRegion.LUMBAR_SPINE);
            assertThat(p.given()).isTrue();
            assertSpan(p.span(), text, "three prior lumbar ESIs");
        });
    }

    @Test
    void datesListedInsideAYearAreTheInjectionsNotTheYear() {
        String text = "He is status post two epidural injections in 2016 (03/2016 and 08/2016), each helping briefly.";
        assertThat(extract(text).priorInjections()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.EPIDURAL);
            assertThat(p.count()).hasValue(2);
            assertThat(p.dates()).containsExactly(StatedDate.month(2016, 3), StatedDate.month(2016, 8));
            assertThat(p.assertion()).isEqualTo(Assertion.HISTORICAL);
            assertSpan(p.span(), text, "two epidural injections in 2016 (03/2016 and 08/2016");
        });
    }

    @Test
    void eachDateIsOneInjection() {
        String text = "She received a subacromial injection on 05/10/2016 and another on 08/02/2016 to the left "
                + "shoulder.";
        assertThat(extract(text).priorInjections()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.SHOULDER);
            assertThat(p.count()).hasValue(2);
            assertThat(p.region()).contains(BodyRegion.SHOULDER);
            assertThat(p.dates()).containsExactly(StatedDate.day(LocalDate.of(2016, 5, 10)),
                    StatedDate.day(LocalDate.of(2016, 8, 2)));
            assertSpan(p.span(), text, "a subacromial injection on 05/10/2016 and another on 08/02/2016");
        });
    }

    @Test
    void anEpiduralThatIsNotAnInjectionOrBlockIsNotAnInjectionGiven() {
        String text = "She had an epidural during childbirth in 2010. MRI of the lumbar spine shows epidural fibrosis"
                + " at L5-S1 and prominent epidural fat.";
        assertThat(extract(text).priorInjections()).isEmpty();
    }

    @Test
    void epiduralsInThePluralAreInjectionsGiven() {
        String text = "He underwent two lumbar epidurals last year with little relief.";
        assertThat(extract(text).priorInjections()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.EPIDURAL);
            assertThat(p.count()).hasValue(2);
            assertSpan(p.span(), text, "two lumbar epidurals");
        });
    }

    @Test
    void aSteroidInjectionToAJointNamedAfterItCountsAsThatJointsInjection() {
        String text = "She has had three cortisone injections to the right shoulder with brief relief.";
        assertThat(extract(text).priorInjections()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.OTHER);
            assertThat(p.count()).hasValue(3);
            assertThat(p.region()).contains(BodyRegion.SHOULDER);
            assertThat(p.concerns(Kind.SHOULDER)).isTrue();
            assertThat(p.concerns(Kind.KNEE)).isFalse();
            assertSpan(p.span(), text, "three cortisone injections");
        });
    }

    @Test
    void aCountAfterTheTerm() {
        String text = "Treatment to date: physical therapy, naproxen, TPIs x 4 sessions.";
        assertThat(extract(text).priorInjections()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.TRIGGER_POINT);
            assertThat(p.count()).hasValue(4);
            assertThat(p.region()).isEmpty();
            assertSpan(p.span(), text, "TPIs x 4 sessions");
        });
    }

    @Test
    void aNegatedMentionIsNoneOfAnyKind() {
        String text = "She has not had any injections for the neck.";
        assertThat(extract(text).priorInjections()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.UNSPECIFIED);
            assertThat(p.assertion()).isEqualTo(Assertion.NEGATED);
            assertThat(p.count()).hasValue(0);
            assertThat(p.concerns(Kind.EPIDURAL)).isTrue();
            assertSpan(p.span(), text, "injections");
        });
    }

    @Test
    void aMentionWithoutACountIsGivenButNotCounted() {
        String text = "Prior facet injections gave no lasting relief.";
        assertThat(extract(text).priorInjections()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.FACET);
            assertThat(p.count()).isEmpty();
            assertThat(p.given()).isTrue();
            assertSpan(p.span(), text, "facet injections");
        });
    }

    @Test
    void aRequestIsNotAnInjectionGiven() {
        assertThat(extract("The physician is requesting a second ESI at L4-5.").priorInjections()).isEmpty();
        assertThat(extract("Request for authorization for trigger point injections x 4.").priorInjections()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Low back pain persists. Plan: lumbar epidural steroid injection.",
        "Low back pain persists. Plan: left L4-5 transforaminal epidural steroid injection under fluoroscopy.",
        "She is scheduled for a lumbar ESI.",
        "She would like to try an ESI.",
        "He is awaiting an ESI.",
        "She declined an epidural steroid injection."
    })
    void aPlannedAwaitedWishedForOrDeclinedInjectionIsNotGiven(String text) {
        assertThat(extract(text).priorInjections()).noneMatch(PriorInjections::given);
    }

    @Test
    void theDigitOfALevelIsNoCount() {
        String text = "Left L4-5 transforaminal epidural steroid injections gave relief.";
        assertThat(extract(text).priorInjections()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.EPIDURAL);
            assertThat(p.count()).isEmpty();
            assertThat(p.given()).isTrue();
            assertSpan(p.span(), text, "transforaminal epidural steroid injections");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "He had an ESI on 01/15/2015 with 70% relief.|EPIDURAL|1|an ESI on 01/15/2015",
        "She has undergone two medial branch blocks.|FACET|2|two medial branch blocks",
        "He had trigger point injections on two occasions.|TRIGGER_POINT|2|trigger point injections on two occasions",
        "She had a right knee injection with cortisone.|KNEE|1|a right knee injection"
    })
    void countsOfEachKind(String text, Kind kind, int count, String quote) {
        List<PriorInjections> found = extract(text).priorInjections();
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(kind);
            assertThat(p.count()).isEqualTo(OptionalInt.of(count));
            assertSpan(p.span(), text, quote);
        });
    }
}
