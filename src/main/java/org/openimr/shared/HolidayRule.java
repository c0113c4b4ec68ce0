package org.openimr.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of the holiday file: a named rule that gives the holiday's date in a year, the years it applies to, and
 * how a calendar moves it off a weekend.
 */
record HolidayRule(String name, String ruleText, DateRule rule, Integer fromYear, Integer toYear,
        WeekendHoliday saturdayOverride, String source) {

    /** What a calendar does with a fixed-date holiday that falls on a Saturday or a Sunday. */
    enum WeekendHoliday {
        /** The holiday is kept on the weekend day; no weekday is closed in its place. */
        NOT_OBSERVED,
        /** Offices close on the Friday before. */
        PRECEDING_FRIDAY,
        /** Offices close on the Monday after. */
        FOLLOWING_MONDAY
    }

    HolidayRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rule, "rule");
        if (fromYear != null && toYear != null && toYear < fromYear) {
            throw new IllegalArgumentException(name + ": to-year " + toYear + " is before from-year " + fromYear);
        }
    }

    boolean appliesIn(int year) {
        return (fromYear == null || year >= fromYear) && (toYear == null || year <= toYear);
    }

    /** The holiday as observed in {@code year} (the observed day may fall in the year before), if the rule applies. */
    Optional<ObservedHoliday> observedIn(int year, WeekendHoliday saturdayDefault, WeekendHoliday sundayDefault) {
        if (!appliesIn(year)) {
            return Optional.empty();
        }
        LocalDate falls = rule.dateIn(year);
        LocalDate observed = falls;
        if (rule.isFixedDate()) {
            if (falls.getDayOfWeek() == DayOfWeek.SATURDAY) {
                observed = move(falls, saturdayOverride != null ? saturdayOverride : saturdayDefault);
            } else if (falls.getDayOfWeek() == DayOfWeek.SUNDAY) {
                observed = move(falls, sundayDefault);
            }
        }
        return Optional.of(new ObservedHoliday(name, observed, falls, source));
    }

    private static LocalDate move(LocalDate date, WeekendHoliday how) {
        return switch (how) {
            case NOT_OBSERVED -> date;
            case PRECEDING_FRIDAY -> date.with(TemporalAdjusters.previous(DayOfWeek.FRIDAY));
            case FOLLOWING_MONDAY -> date.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        };
    }

    /**
     * A date rule as the file writes it: "March 31", "third Monday of January", "last Monday of May",
     * "fourth Thursday of November, plus 1 day".
     */
    record DateRule(MonthDay fixed, Integer ordinal, DayOfWeek weekday, Month month, int plusDays) {

        private static final Pattern FORM = Pattern.compile(
                "(?:(first|second|third|fourth|last)\\s+(\\w+)\\s+of\\s+(\\w+)|(\\w+)\\s+(\\d{1,2}))"
                        + "(?:\\s*,\\s*plus\\s+(\\d+)\\s+days?)?",
                Pattern.CASE_INSENSITIVE);

        static DateRule parse(String text) {
            Matcher m = FORM.matcher(text.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("not a holiday rule: \"" + text
                        + "\" (expected e.g. \"March 31\", \"third Monday of January\", \"last Monday of May\")");
            }
            int plus = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            if (m.group(1) != null) {
                int ordinal = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "first" -> 1;
                    case "second" -> 2;
                    case "third" -> 3;
                    case "fourth" -> 4;
                    default -> -1;
                };
                return new DateRule(null, ordinal, DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT)),
                        Month.valueOf(m.group(3).toUpperCase(Locale.ROOT)), plus);
            }
            Month month = Month.valueOf(m.group(4).toUpperCase(Locale.ROOT));
            return new DateRule(MonthDay.of(month, Integer.parseInt(m.group(5))), null, null, month, plus);
        }

        boolean isFixedDate() {
            return fixed != null && plusDays == 0;
        }

        LocalDate dateIn(int year) {
            LocalDate base;
            if (fixed != null) {
                base = fixed.atYear(year);
            } else if (ordinal == -1) {
                base = LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(weekday));
            } else {
                base = LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday));
            }
            return base.plusDays(plusDays);
        }
    }
}
