package org.openimr.guidelines;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length of time as a guideline states it: "8 weeks", "6 months", "30 days", "2 years". Kept in the guideline's
 * own unit (a postsurgical period of 6 months ends on the same day of the month, not after 182 days).
 */
public record TimeSpan(int amount, Unit unit) implements Comparable<TimeSpan> {

    public enum Unit {
        DAYS, WEEKS, MONTHS, YEARS
    }

    private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(day|week|month|year)s?");

    public TimeSpan {
        Objects.requireNonNull(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException("a span cannot be negative: " + amount);
        }
    }

    public static TimeSpan days(int n) {
        return new TimeSpan(n, Unit.DAYS);
    }

    public static TimeSpan weeks(int n) {
        return new TimeSpan(n, Unit.WEEKS);
    }

    public static TimeSpan months(int n) {
        return new TimeSpan(n, Unit.MONTHS);
    }

    public static TimeSpan years(int n) {
        return new TimeSpan(n, Unit.YEARS);
    }

    /** Parses "8 weeks", "1 month", "30 days", "2 years". */
    public static TimeSpan parse(String text) {
        Matcher m = FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a span like '8 weeks' or '6 months': '" + text + "'");
        }
        int n = Integer.parseInt(m.group(1));
        return switch (m.group(2)) {
            case "day" -> days(n);
            case "week" -> weeks(n);
            case "month" -> months(n);
            default -> years(n);
        };
    }

    /** The date this span after {@code start}, e.g. the end of a postsurgical period from the date of surgery. */
    public LocalDate after(LocalDate start) {
        return switch (unit) {
            case DAYS -> start.plusDays(amount);
            case WEEKS -> start.plusWeeks(amount);
            case MONTHS -> start.plusMonths(amount);
            case YEARS -> start.plusYears(amount);
        };
    }

    /** An approximate length in days (a month counts 30.44 days), for ordering spans of different units. */
    public double approximateDays() {
        return switch (unit) {
            case DAYS -> amount;
            case WEEKS -> amount * 7.0;
            case MONTHS -> amount * 30.436875;
            case YEARS -> amount * 365.2425;
        };
    }

    @Override
    public int compareTo(TimeSpan other) {
        return Double.compare(approximateDays(), other.approximateDays());
    }

    @Override
    public String toString() {
        String word = unit.name().toLowerCase(Locale.ROOT);
        return amount + " " + (amount == 1 ? word.substring(0, word.length() - 1) : word);
    }
}
