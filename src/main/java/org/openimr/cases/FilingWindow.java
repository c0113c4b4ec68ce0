package org.openimr.cases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The period in which an application had to be received, and why.
 *
 * @param countsFrom the day the period counts from (not itself counted)
 * @param days       its length in calendar days
 * @param lastDay    the last day to file: {@code countsFrom + days}, moved to the next business day when that is a
 *                   weekend day or a holiday
 * @param basis      a plain-language account, e.g. "30 days after the UR decision was served on November 4, 2016,
 *                   plus 5 days because it was served by mail"
 */
public record FilingWindow(LocalDate countsFrom, int days, LocalDate lastDay, String basis) {

    public FilingWindow {
        Objects.requireNonNull(countsFrom, "countsFrom");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(basis, "basis");
    }

    public boolean isMetBy(LocalDate received) {
        return !received.isAfter(lastDay);
    }

    /** Days after the last day, 0 when on time. */
    public long daysLate(LocalDate received) {
        return Math.max(0, ChronoUnit.DAYS.between(lastDay, received));
    }
}
