package org.openimr.casefile;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A date as precise as the record states it: "11/21/13" is a day, "January 2016" a month, "since 2015" a year.
 *
 * @param firstDay  the first day of the stated period (the day itself for {@link Precision#DAY})
 * @param precision what the record actually said
 */
public record StatedDate(LocalDate firstDay, Precision precision) implements Comparable<StatedDate> {

    public enum Precision { DAY, MONTH, YEAR }

    public StatedDate {
        Objects.requireNonNull(firstDay, "first day");
        Objects.requireNonNull(precision, "precision");
    }

    public static StatedDate day(LocalDate day) {
        return new StatedDate(day, Precision.DAY);
    }

    public static StatedDate month(int year, int month) {
        return new StatedDate(LocalDate.of(year, month, 1), Precision.MONTH);
    }

    public static StatedDate year(int year) {
        return new StatedDate(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    /** The date a short text states ("01/2016", "January 2016", "03/14/2016"), if it is exactly one date. */
    public static java.util.Optional<StatedDate> parse(String text) {
        return org.openimr.casefile.internal.Dates.parse(text);
    }

    /**
     * The dates without those that only frame a finer one also listed: "in 2016 (03/2016 and 08/2016)" are two
     * months, and "on 03/15/2016" in one note with "in March 2016" in another is one day, not two.
     */
    public static List<StatedDate> finest(Collection<StatedDate> dates) {
        return dates.stream().filter(d -> dates.stream().noneMatch(o -> o.isFinerWithin(d))).distinct().toList();
    }

    /** True when this date is stated more precisely than {@code other} and falls inside its period. */
    private boolean isFinerWithin(StatedDate other) {
        return precision.compareTo(other.precision) < 0 && !firstDay.isBefore(other.firstDay)
                && !lastDay().isAfter(other.lastDay());
    }

    /** The last day of the stated period. */
    public LocalDate lastDay() {
        return switch (precision) {
            case DAY -> firstDay;
            case MONTH -> YearMonth.from(firstDay).atEndOfMonth();
            case YEAR -> firstDay.withDayOfYear(firstDay.lengthOfYear());
        };
    }

    @Override
    public int compareTo(StatedDate other) {
        return firstDay.compareTo(other.firstDay);
    }

    @Override
    public String toString() {
        return switch (precision) {
            case DAY -> firstDay.toString();
            case MONTH -> YearMonth.from(firstDay).toString();
            case YEAR -> Integer.toString(firstDay.getYear());
        };
    }
}
