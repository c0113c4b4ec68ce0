package org.openimr.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The clock the application reads "today" from ({@link CaseClock}'s bean), set by a test to the day it needs. */
public final class MovableClock extends Clock {

    private volatile Instant now = Instant.now();

    /** Noon (UTC) of {@code day}. */
    public void set(LocalDate day) {
        now = day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the movable clock runs in UTC");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
