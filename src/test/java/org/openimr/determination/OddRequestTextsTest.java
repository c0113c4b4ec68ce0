package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;

import java.util.OptionalInt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Request texts whose numbers were read absurdly, found by drafting a battery of requests: the digit of a spinal level
 * taken for a frequency or a count, refills taken for the count, a range's first number taken for the count, hours a
 * day taken for every day of the week, a dosing interval taken for hours of care. Synthetic texts.
 */
class OddRequestTextsTest {

    private static final RequestInterpreter interpreter = RequestInterpreter.standard();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Lumbar epidural steroid injection L4-5 x 2      | 2  | -
            Cervical ESI C6-7 x2                            | 2  | -
            Lumbar ESI at L5-S1 x 2                         | 2  | -
            Baclofen 10 mg #90 x2 refills                   | 90 | -
            Physical therapy 2x4 for the lumbar spine       | 8  | 2
            Physical therapy-2x4                            | 8  | 2
            Bilateral L3-4, L4-5 facet injections x 2       | 2  | -
            Physical therapy 2-3x/week x 4-6 weeks          | 18 | 3
            Physical therapy 2-3 times per week for 4-6 weeks | 18 | 3
            Physical therapy 12 (twelve) visits             | 12 | -
            TENS unit 30 day trial                          | -  | -
            Chiropractic treatment x 0                      | -  | -
            Acupuncture 0 sessions                          | -  | -
            Percocet 10/325 #0                              | -  | -
            """)
    void aSpinalLevelOrRefillsAreNotTheQuantity(String request, Integer count, Integer perWeek) {
        RequestedQuantity q = interpreter.interpret(request).quantity();
        assertThat(q.count()).isEqualTo(count == null ? OptionalInt.empty() : OptionalInt.of(count));
        assertThat(q.perWeek()).isEqualTo(perWeek == null ? OptionalInt.empty() : OptionalInt.of(perWeek));
    }

    @Test
    void aDrugCountOfZeroIsNotStated() {
        assertThat(interpreter.interpret("Percocet 10/325 #0").drug().orElseThrow().count()).isEmpty();
        assertThat(interpreter.interpret("Percocet 10/325 #60").drug().orElseThrow().count()).hasValue(60);
    }

    @Test
    void zeroSessionsAreNotReadAsZeroRequested() {
        Draft d = draft("Chronic neck pain since an injury on 03/15/2010. He has had 12 chiropractic visits.",
                "Chiropractic treatment x 0 for the cervical spine", "2016-09-01", "2010-03-15");
        assertThat(d.rationale()).as(Drafts.explain(d)).doesNotContain("0 requested").doesNotContain("asks for 0");
    }

    @Test
    void hoursADayCountOnlyTheDaysOfTheWeekRequested() {
        RequestedQuantity fiveDays = interpreter.interpret("Home health aide 6 hours a day 5 days a week").quantity();
        assertThat(fiveDays.hoursAWeek()).hasValue(30);
        assertThat(fiveDays.days()).as("days of a week are how often, not a stay").isEmpty();
        assertThat(interpreter.interpret("TENS unit 30 day trial").quantity().days()).hasValue(30);
        assertThat(interpreter.interpret("Home health 4 hours per day, 3 days/week for 4 weeks").quantity().hoursAWeek())
                .hasValue(12);
        assertThat(interpreter.interpret("Home health aide 4 hours a day").quantity().hoursAWeek()).hasValue(28);
        assertThat(interpreter.interpret("Home health aide 8 hrs/day 5 days/wk x 4 wks").quantity().hoursAWeek())
                .hasValue(40);
    }

    @Test
    void hoursInAllAreSpreadOverTheWeeksStatedAndHoursAVisitCountTheVisitsAWeek() {
        RequestedQuantity overSixWeeks = interpreter.interpret("Home health aide 120 hours over 6 weeks").quantity();
        assertThat(overSixWeeks.hoursAWeek()).hasValue(20);
        assertThat(overSixWeeks.describe()).isEqualTo("20 hours a week for 6 weeks");
        RequestedQuantity noSpan = interpreter.interpret("Home health aide 120 hours").quantity();
        assertThat(noSpan.hoursAWeek()).as("read as a week's hours, the span of the limit").hasValue(120);
        assertThat(interpreter.interpret("Home health nurse 2 hours twice a week for 6 weeks").quantity().hoursAWeek())
                .as("hours a visit times the visits a week").hasValue(4);
        assertThat(interpreter.interpret("Home health care 8 hours daily").quantity().hoursAWeek()).hasValue(56);
        assertThat(interpreter.interpret("Home health aide 4 hours a day").quantity().describe())
                .isEqualTo("28 hours a week");
    }

    @Test
    void aDosingIntervalIsNotHoursOfCare() {
        assertThat(interpreter.interpret("Norco 10/325 mg, 1 tablet every 4-6 hours, 30 day supply").quantity()
                .hoursAWeek()).isEmpty();
        assertThat(interpreter.interpret("Morphine 15 mg IR q 4 hours prn #90").quantity().hoursAWeek()).isEmpty();
        assertThat(interpreter.interpret("Lidoderm 5% #30 1 patch 12 hrs on 12 hrs off").quantity().hoursAWeek()).isEmpty();
    }

    @Test
    void homeCareFiveDaysAWeekIsWithinThirtyFiveHoursAWeek() {
        Draft d = draft("She is homebound after an ankle fracture. A draining wound needs dressing changes.",
                "Home health nursing 6 hours a day 5 days a week", "2015-06-01", "2014-01-10");
        LimitFinding hours = d.trace().recommendations().stream()
                .filter(r -> r.id().equals("cpmtg-2009.home-health")).findFirst().orElseThrow().limits().get(0);
        assertThat(hours.explanation()).isEqualTo("30 hours a week requested");
        assertThat(hours.verdict()).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(Drafts.explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }
}
