package org.openimr.guidelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one rule for which edition governs a date (imr-process §5.3), across every effective date of §5. */
class EditionInForceTest {

    static final GuidelineCatalogue CATALOGUE = GuidelineCatalogue.loadDefault();

    /**
     * Each effective date of imr-process §5: the topic, the first day of the new edition, the edition in force the
     * day before (null: none) and the edition from that day.
     */
    static Stream<Arguments> boundaries() {
        return Stream.of(
                // 2007-06-15: the MTUS is adopted (ACOEM 2004 + acupuncture)
                Arguments.of(Topic.LOW_BACK, "2007-06-15", null, "acoem-2004-low-back"),
                Arguments.of(Topic.NECK_AND_UPPER_BACK, "2007-06-15", null, "acoem-2004-neck"),
                Arguments.of(Topic.SHOULDER, "2007-06-15", null, "acoem-2004-shoulder"),
                Arguments.of(Topic.ELBOW, "2007-06-15", null, "acoem-2004-elbow"),
                Arguments.of(Topic.FOREARM_WRIST_AND_HAND, "2007-06-15", null, "acoem-2004-hand"),
                Arguments.of(Topic.KNEE, "2007-06-15", null, "acoem-2004-knee"),
                Arguments.of(Topic.ANKLE_AND_FOOT, "2007-06-15", null, "acoem-2004-ankle-foot"),
                Arguments.of(Topic.GENERAL_APPROACHES, "2007-06-15", null, "acoem-2004-general-approaches"),
                Arguments.of(Topic.STRESS_RELATED_CONDITIONS, "2007-06-15", null, "acoem-2004-stress"),
                Arguments.of(Topic.ACUPUNCTURE, "2007-06-15", null, "amtg-2007"),
                // 2009-07-18: the 2009 MTUS (CPMTG 2009, PSTG, the 2007 elbow chapter)
                Arguments.of(Topic.CHRONIC_PAIN, "2009-07-18", null, "cpmtg-2009"),
                Arguments.of(Topic.OPIOIDS, "2009-07-18", null, "cpmtg-2009"),
                Arguments.of(Topic.POSTSURGICAL, "2009-07-18", null, "pstg-2009"),
                Arguments.of(Topic.ELBOW, "2009-07-18", "acoem-2004-elbow", "acoem-2007-elbow"),
                // 2016-07-29: requests on or after it get CPMTG 2016 and the Opioids Treatment Guidelines
                Arguments.of(Topic.CHRONIC_PAIN, "2016-07-29", "cpmtg-2009", "cpmtg-2016"),
                Arguments.of(Topic.OPIOIDS, "2016-07-29", "cpmtg-2009", "otg-2016"),
                // 2017-12-01: the ACOEM-based MTUS for services on or after it
                Arguments.of(Topic.CHRONIC_PAIN, "2017-12-01", "cpmtg-2016", "acoem-2017-chronic-pain"),
                Arguments.of(Topic.OPIOIDS, "2017-12-01", "otg-2016", "acoem-2017-opioids"),
                Arguments.of(Topic.LOW_BACK, "2017-12-01", "acoem-2004-low-back", "acoem-2016-low-back"),
                Arguments.of(Topic.NECK_AND_UPPER_BACK, "2017-12-01", "acoem-2004-neck", "acoem-2016-cervical-thoracic"),
                Arguments.of(Topic.SHOULDER, "2017-12-01", "acoem-2004-shoulder", "acoem-2016-shoulder"),
                Arguments.of(Topic.ELBOW, "2017-12-01", "acoem-2007-elbow", "acoem-2013-elbow"),
                Arguments.of(Topic.FOREARM_WRIST_AND_HAND, "2017-12-01", "acoem-2004-hand", "acoem-2016-hand"),
                Arguments.of(Topic.KNEE, "2017-12-01", "acoem-2004-knee", "acoem-2015-knee"),
                Arguments.of(Topic.ANKLE_AND_FOOT, "2017-12-01", "acoem-2004-ankle-foot", "acoem-2015-ankle-foot"),
                Arguments.of(Topic.GENERAL_APPROACHES, "2017-12-01", "acoem-2004-general-approaches",
                        "acoem-2017-initial-approaches"),
                Arguments.of(Topic.EYE, "2017-12-01", "acoem-2004-eye", "acoem-2017-eye"),
                Arguments.of(Topic.HIP_AND_GROIN, "2017-12-01", null, "acoem-2011-hip"),
                Arguments.of(Topic.WORK_RELATED_ASTHMA, "2017-12-01", null, "acoem-2016-asthma"),
                Arguments.of(Topic.INTERSTITIAL_LUNG_DISEASE, "2017-12-01", null, "acoem-2016-ild"),
                Arguments.of(Topic.STRESS_RELATED_CONDITIONS, "2017-12-01", "acoem-2004-stress", null),
                // 2018-01-01: the drug formulary, by dispensing date
                Arguments.of(Topic.DRUG_FORMULARY, "2018-01-01", null, "formulary-2018"),
                // later AD orders
                Arguments.of(Topic.NECK_AND_UPPER_BACK, "2019-04-18", "acoem-2016-cervical-thoracic",
                        "acoem-2018-cervical-thoracic"),
                Arguments.of(Topic.ELBOW, "2019-04-18", "acoem-2013-elbow", "acoem-2018-elbow"),
                Arguments.of(Topic.FOREARM_WRIST_AND_HAND, "2019-04-18", "acoem-2016-hand", "acoem-2019-hand"),
                Arguments.of(Topic.ANKLE_AND_FOOT, "2019-04-18", "acoem-2015-ankle-foot", "acoem-2018-ankle-foot"),
                Arguments.of(Topic.LOW_BACK, "2019-08-11", "acoem-2016-low-back", "acoem-2019-low-back"),
                Arguments.of(Topic.HIP_AND_GROIN, "2019-10-07", "acoem-2011-hip", "acoem-2019-hip"),
                Arguments.of(Topic.KNEE, "2020-09-21", "acoem-2015-knee", "acoem-2019-knee"),
                Arguments.of(Topic.WORK_RELATED_ASTHMA, "2020-09-21", "acoem-2016-asthma", "acoem-2020-asthma"),
                Arguments.of(Topic.INTERSTITIAL_LUNG_DISEASE, "2020-09-21", "acoem-2016-ild", "acoem-2019-ild"),
                Arguments.of(Topic.LOW_BACK, "2021-11-23", "acoem-2019-low-back", "acoem-2020-low-back"));
    }

    @ParameterizedTest(name = "{0}: day before {1} -> {2}, on and after -> {3}")
    @MethodSource("boundaries")
    void theEditionChangesOnItsEffectiveDate(Topic topic, String firstDay, String before, String from) {
        LocalDate day = LocalDate.parse(firstDay);
        assertThat(id(CATALOGUE.editionInForce(topic, day.minusDays(1)))).as("day before").isEqualTo(before);
        assertThat(id(CATALOGUE.editionInForce(topic, day))).as("on the day").isEqualTo(from);
        assertThat(id(CATALOGUE.editionInForce(topic, day.plusDays(1)))).as("day after").isEqualTo(from);
    }

    /** Every edition of the data, at each end of its dates: the day before, the first day, the last, the day after. */
    @TestFactory
    Stream<DynamicTest> everyEditionIsInForceExactlyWithinItsDates() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Edition e : CATALOGUE.editions()) {
            for (Topic topic : e.topics()) {
                tests.add(DynamicTest.dynamicTest(e.id() + " / " + topic, () -> {
                    LocalDate first = e.effectiveFrom();
                    assertThat(CATALOGUE.editionInForce(topic, first.minusDays(1)).filter(e::equals)).isEmpty();
                    assertThat(CATALOGUE.editionInForce(topic, first)).contains(e);
                    assertThat(CATALOGUE.editionInForce(topic, first.plusDays(1))).contains(e);
                    if (e.effectiveTo() != null) {
                        assertThat(CATALOGUE.editionInForce(topic, e.effectiveTo())).contains(e);
                        assertThat(CATALOGUE.editionInForce(topic, e.effectiveTo().plusDays(1)).filter(e::equals)).isEmpty();
                    } else {
                        assertThat(CATALOGUE.editionInForce(topic, LocalDate.of(2030, 1, 1))).contains(e);
                    }
                    assertThat(CATALOGUE.editionInForce(e.document(), first)).contains(e);
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void theSeedLetterOf2013AndTheLettersOf2016ReadTheEditionsTheyCite() {
        LocalDate seed = LocalDate.of(2013, 11, 21);
        assertThat(id(CATALOGUE.editionInForce(Topic.CHRONIC_PAIN, seed))).isEqualTo("cpmtg-2009");
        assertThat(id(CATALOGUE.editionInForce(Topic.POSTSURGICAL, seed))).isEqualTo("pstg-2009");
        assertThat(id(CATALOGUE.editionInForce(Topic.OPIOIDS, seed))).isEqualTo("cpmtg-2009");

        LocalDate december2016 = LocalDate.of(2016, 12, 15);
        assertThat(CATALOGUE.mtusInForce(december2016)).extractingFromEntries(en -> en.getValue().displayName())
                .contains("Chronic Pain Medical Treatment 2016", "Opioid Treatment 2016", "Low Back Complaints 2004",
                        "Elbow Complaints 2007", "Acupuncture Treatment 2007", "Postsurgical Treatment 2009")
                .doesNotContain("Chronic Pain Medical Treatment 2009");
    }

    @Test
    void nothingIsInForceBeforeTheMtus() {
        assertThat(CATALOGUE.mtusInForce(LocalDate.of(2007, 6, 14))).isEmpty();
    }

    @Test
    void everyEditionSaysWhichDateItsBoundaryIsMeasuredAgainst() {
        assertThat(CATALOGUE.edition("cpmtg-2016").orElseThrow().dateBasis()).isEqualTo(DateBasis.REQUEST_DATE);
        assertThat(CATALOGUE.edition("acoem-2016-low-back").orElseThrow().dateBasis())
                .isEqualTo(DateBasis.SERVICE_DATE);
        assertThat(CATALOGUE.edition("formulary-2018").orElseThrow().dateBasis())
                .isEqualTo(DateBasis.DISPENSING_DATE);
    }

    private static String id(Optional<Edition> e) {
        return e.map(Edition::id).orElse(null);
    }
}
