package org.openimr.reviewers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Days a reviewer cannot take or work cases (leave, conference, illness), both ends included. */
public record UnavailablePeriod(LocalDate from, LocalDate through) {

    public UnavailablePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(through, "through");
        if (through.isBefore(from)) {
            throw new IllegalArgumentException("an unavailable period must not end before it starts: " + from
                    + " to " + through);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(through);
    }

    /** How many days of [start, end] fall into this period. */
    long overlapDays(LocalDate start, LocalDate end) {
        LocalDate a = from.isAfter(start) ? from : start;
        LocalDate b = through.isBefore(end) ? through : end;
        return b.isBefore(a) ? 0 : ChronoUnit.DAYS.between(a, b) + 1;
    }
}
