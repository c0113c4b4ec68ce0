package org.openimr.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openimr.shared.BusinessCalendar.LastDay;

class BusinessCalendarTest {

    private final BusinessCalendar state = BusinessCalendar.california();
    private final BusinessCalendar courts = BusinessCalendar.californiaCourts();

    /**
     * The closed weekdays of California state offices, 2013-2026, written out by hand from the rules (CalHR's 2013,
     * 2014 and 2024 lists were checked against them): a Sunday holiday moves to Monday, a Saturday holiday is not
     * moved except Veterans Day, which moves to Friday.
     */
    @ParameterizedTest(name = "state offices {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2013 | 01-01 01-21 02-18 04-01 05-27 07-04 09-02 11-11 11-28 11-29 12-25
            2014 | 01-01 01-20 02-17 03-31 05-26 07-04 09-01 11-11 11-27 11-28 12-25
            2015 | 01-01 01-19 02-16 03-31 05-25 09-07 11-11 11-26 11-27 12-25
            2016 | 01-01 01-18 02-15 03-31 05-30 07-04 09-05 11-11 11-24 11-25 12-26
            2017 | 01-02 01-16 02-20 03-31 05-29 07-04 09-04 11-10 11-23 11-24 12-25
            2018 | 01-01 01-15 02-19 05-28 07-04 09-03 11-12 11-22 11-23 12-25
            2019 | 01-01 01-21 02-18 04-01 05-27 07-04 09-02 11-11 11-28 11-29 12-25
            2020 | 01-01 01-20 02-17 03-31 05-25 09-07 11-11 11-26 11-27 12-25
            2021 | 01-01 01-18 02-15 03-31 05-31 07-05 09-06 11-11 11-25 11-26
            2022 | 01-17 02-21 03-31 05-30 07-04 09-05 11-11 11-24 11-25 12-26
            2023 | 01-02 01-16 02-20 03-31 05-29 07-04 09-04 11-10 11-23 11-24 12-25
            2024 | 01-01 01-15 02-19 04-01 05-27 07-04 09-02 11-11 11-28 11-29 12-25
            2025 | 01-01 01-20 02-17 03-31 05-26 07-04 09-01 11-11 11-27 11-28 12-25
            2026 | 01-01 01-19 02-16 03-31 05-25 09-07 11-11 11-26 11-27 12-25
            """)
    void stateOfficeHolidaysOnWeekdays(int year, String monthDays) {
        List<LocalDate> expected = Arrays.stream(monthDays.trim().split("\\s+"))
                .map(md -> LocalDate.parse(year + "-" + md)).toList();
        List<LocalDate> closedWeekdays = state.holidays(year).stream().map(ObservedHoliday::observedOn)
                .filter(d -> d.getDayOfWeek().getValue() <= 5).toList();
        assertThat(closedWeekdays).containsExactlyElementsOf(expected);
        expected.forEach(d -> assertThat(state.isBusinessDay(d)).as(d.toString()).isFalse());
    }

    @Test
    void aSundayHolidayIsObservedOnTheMondayAfter() {
        // Cesar Chavez Day fell on Easter Sunday 2013, and on a Sunday in 2019 and 2024.
        for (String sunday : List.of("2013-03-31", "2019-03-31", "2024-03-31")) {
            LocalDate falls = LocalDate.parse(sunday);
            ObservedHoliday holiday = state.holidayOn(falls.plusDays(1)).orElseThrow();
            assertThat(holiday.name()).isEqualTo("Cesar Chavez Day");
            assertThat(holiday.falls()).isEqualTo(falls);
            assertThat(holiday.isMoved()).isTrue();
        }
        assertThat(state.holidayOn(LocalDate.of(2016, 12, 26))).map(ObservedHoliday::name).contains("Christmas Day");
        assertThat(courts.isBusinessDay(LocalDate.of(2017, 1, 2))).isFalse();
    }

    @Test
    void aSaturdayHolidayClosesStateOfficesOnFridayOnlyForVeteransDay() {
        assertThat(state.holidayOn(LocalDate.of(2017, 11, 10))).map(ObservedHoliday::name).contains("Veterans Day");
        assertThat(state.holidayOn(LocalDate.of(2023, 11, 10))).map(ObservedHoliday::name).contains("Veterans Day");
        // July 4, 2020 and Christmas 2021 were Saturdays: state employees got holiday credit, offices were open Friday.
        assertThat(state.isBusinessDay(LocalDate.of(2020, 7, 3))).isTrue();
        assertThat(state.isBusinessDay(LocalDate.of(2021, 12, 24))).isTrue();
        assertThat(state.isBusinessDay(LocalDate.of(2021, 12, 31))).isTrue();
    }

    @Test
    void courtsCloseOnTheFridayBeforeEverySaturdayHoliday() {
        assertThat(courts.holidayOn(LocalDate.of(2020, 7, 3))).map(ObservedHoliday::name).contains("Independence Day");
        assertThat(courts.holidayOn(LocalDate.of(2021, 12, 24))).map(ObservedHoliday::name).contains("Christmas Day");
        // January 1, 2022 was a Saturday: the courts closed on December 31, 2021, a day of the year before.
        assertThat(courts.holidayOn(LocalDate.of(2021, 12, 31))).map(ObservedHoliday::name).contains("New Year's Day");
        assertThat(courts.holidays(2021)).extracting(ObservedHoliday::name).contains("New Year's Day");
        assertThat(courts.holidayOn(LocalDate.of(2022, 2, 11))).map(ObservedHoliday::name).contains("Lincoln Day");
    }

    @Test
    void courtHolidaysFollowTheirYearsOfLaw() {
        // Lincoln Day: courts still close; state offices have not since 2009.
        assertThat(courts.isBusinessDay(LocalDate.of(2016, 2, 12))).isFalse();
        assertThat(state.isBusinessDay(LocalDate.of(2016, 2, 12))).isTrue();
        assertThat(state.isBusinessDay(LocalDate.of(2009, 2, 12))).isFalse();
        // Juneteenth: a judicial holiday from 2023 (AB 1655); state offices open.
        assertThat(courts.isBusinessDay(LocalDate.of(2023, 6, 19))).isFalse();
        assertThat(courts.isBusinessDay(LocalDate.of(2025, 6, 19))).isFalse();
        assertThat(courts.isBusinessDay(LocalDate.of(2022, 6, 20))).isTrue();
        assertThat(state.isBusinessDay(LocalDate.of(2025, 6, 19))).isTrue();
        // Native American Day (fourth Friday of September): judicial from 2022 (AB 855).
        assertThat(courts.isBusinessDay(LocalDate.of(2022, 9, 23))).isFalse();
        assertThat(courts.isBusinessDay(LocalDate.of(2026, 9, 25))).isFalse();
        assertThat(courts.isBusinessDay(LocalDate.of(2021, 9, 24))).isTrue();
        assertThat(state.isBusinessDay(LocalDate.of(2022, 9, 23))).isTrue();
        // Columbus Day: judicial until 2021; not a state office holiday since 2009.
        assertThat(courts.isBusinessDay(LocalDate.of(2021, 10, 11))).isFalse();
        assertThat(courts.isBusinessDay(LocalDate.of(2022, 10, 10))).isTrue();
        assertThat(state.isBusinessDay(LocalDate.of(2016, 10, 10))).isTrue();
    }

    @Test
    void weekendsAreNeverBusinessDays() {
        assertThat(state.isBusinessDay(LocalDate.of(2016, 12, 24))).isFalse();
        assertThat(state.isBusinessDay(LocalDate.of(2016, 12, 25))).isFalse();
        assertThat(state.isBusinessDay(LocalDate.of(2016, 12, 27))).isTrue();
    }

    @Test
    void businessDaysSkipWeekendsAndHolidays() {
        // The day after Wednesday, November 23, 2016: Thanksgiving and the day after, then the weekend.
        assertThat(state.plusBusinessDays(LocalDate.of(2016, 11, 23), 1)).isEqualTo(LocalDate.of(2016, 11, 28));
        // Friday, December 23, 2016: Christmas fell on Sunday and was observed on Monday the 26th.
        assertThat(state.plusBusinessDays(LocalDate.of(2016, 12, 23), 1)).isEqualTo(LocalDate.of(2016, 12, 27));
        assertThat(state.plusBusinessDays(LocalDate.of(2016, 12, 23), 5)).isEqualTo(LocalDate.of(2017, 1, 3));
        assertThat(state.plusBusinessDays(LocalDate.of(2017, 1, 3), -5)).isEqualTo(LocalDate.of(2016, 12, 23));
        assertThat(state.plusBusinessDays(LocalDate.of(2016, 12, 24), 0)).isEqualTo(LocalDate.of(2016, 12, 24));
        assertThat(state.businessDaysBetween(LocalDate.of(2016, 12, 23), LocalDate.of(2017, 1, 3))).isEqualTo(5);
        assertThat(state.businessDaysBetween(LocalDate.of(2017, 1, 3), LocalDate.of(2016, 12, 23))).isEqualTo(-5);
        assertThat(state.businessDaysBetween(LocalDate.of(2016, 12, 24), LocalDate.of(2016, 12, 26))).isZero();
    }

    @Test
    void businessDaysBetweenIsTheInverseOfPlusBusinessDays() {
        Random random = new Random(2013);
        for (int i = 0; i < 500; i++) {
            LocalDate from = LocalDate.of(2013, 1, 1).plusDays(random.nextInt(14 * 365));
            int days = random.nextInt(61) - 30;
            LocalDate to = state.plusBusinessDays(from, days);
            assertThat(state.businessDaysBetween(from, to)).as(from + " %+d", days).isEqualTo(days);
            if (days != 0) {
                assertThat(state.isBusinessDay(to)).isTrue();
            }
        }
    }

    @Test
    void calendarDaysEndOnTheLastDayOrTheNextBusinessDay() {
        LocalDate served = LocalDate.of(2016, 11, 25); // day after Thanksgiving
        assertThat(state.plusCalendarDays(served, 30, LastDay.AS_COUNTED)).isEqualTo(LocalDate.of(2016, 12, 25));
        assertThat(state.plusCalendarDays(served, 30, LastDay.EXTENDED_TO_BUSINESS_DAY))
                .isEqualTo(LocalDate.of(2016, 12, 27));
        assertThat(state.plusCalendarDays(served, 31, LastDay.EXTENDED_TO_BUSINESS_DAY))
                .isEqualTo(LocalDate.of(2016, 12, 27));
        assertThat(state.plusCalendarDays(served, 32, LastDay.EXTENDED_TO_BUSINESS_DAY))
                .isEqualTo(LocalDate.of(2016, 12, 27));
        assertThat(state.plusCalendarDays(served, 33, LastDay.EXTENDED_TO_BUSINESS_DAY))
                .isEqualTo(LocalDate.of(2016, 12, 28));
    }

    @Test
    void everyHolidayNamesItsSource() {
        for (int year = 2013; year <= 2026; year++) {
            assertThat(state.holidays(year)).allSatisfy(h -> assertThat(h.source()).isNotBlank());
            assertThat(courts.holidays(year)).allSatisfy(h -> assertThat(h.source()).isNotBlank());
        }
        assertThat(state.source()).contains("4600.4");
        assertThat(BusinessCalendar.byId("COURTS")).isSameAs(courts);
        assertThatThrownBy(() -> BusinessCalendar.byId("FEDERAL")).hasMessageContaining("STATE_OFFICES");
    }

    @Test
    void aBadRuleInTheFileIsReportedWithItsHoliday() {
        String yaml = """
                calendars:
                  - {id: X, name: x, saturday-holiday: NOT_OBSERVED, sunday-holiday: FOLLOWING_MONDAY}
                holidays:
                  - {name: Odd Day, rule: "the Monday after Easter", calendars: [X]}
                """;
        assertThatThrownBy(() -> BusinessCalendar.parse(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml"))
                .hasMessageContaining("test.yaml, holiday \"Odd Day\"")
                .hasMessageContaining("not a holiday rule");
    }
}
