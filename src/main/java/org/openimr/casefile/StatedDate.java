package org.openimr.casefile;

import java.time.LocalDate;
import java.time.YearMonth;
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
