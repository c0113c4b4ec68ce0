package org.openimr.cases.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openimr.reviewers.ReviewerAssigner;
import org.openimr.shared.BusinessCalendar;

/**
 * The office's day is California's wherever the server runs. A server clock in UTC made the case's "today" the next
 * day from 4 pm Pacific while the assignment's day was still California's, so a reviewer assigned in the evening was
 * "dated before" the records received the same afternoon.
 */
class CaseClockTest {

    @Test
    void theCasesClockCountsDaysInCalifornia() {
        var clock = new CaseClock().clock();
        assertThat(clock.getZone()).isEqualTo(BusinessCalendar.ZONE);
        assertThat(ReviewerAssigner.CALIFORNIA).isEqualTo(BusinessCalendar.ZONE);
        // 01:00 UTC on the 28th is 5 pm on the 27th in California
        Instant evening = Instant.parse("2026-11-28T01:00:00Z");
        assertThat(LocalDate.ofInstant(evening, clock.getZone())).isEqualTo(LocalDate.of(2026, 11, 27));
    }
}
