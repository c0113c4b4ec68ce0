package org.openimr.cases.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openimr.cases.NoticeMethod;
import org.openimr.cases.Timeframes;

/** 30 days from the mailing, 5 more by mail, the last day moved off weekends and state holidays. */
class AppealWindowTest {

    private final Timeframes t = Timeframes.current();

    @Test
    void byMailThirtyFiveDaysAndNewYearsDayMovesTheLastDayToMonday() {
        // 2026-11-27 + 35 = Friday 2027-01-01, New Year's Day: the next business day is Monday 2027-01-04
        AppealWindow w = AppealWindow.of(LocalDate.of(2026, 11, 27), NoticeMethod.MAIL, t);
        assertThat(w.days()).isEqualTo(35);
        assertThat(w.lastDay()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(w.describe()).isEqualTo("35 days after the letter was sent by mail on 2026-11-27: until 2027-01-04");
    }

    @Test
    void electronicallyThirtyDaysAndASundayMovesToMonday() {
        // 2026-11-27 + 30 = Sunday 2026-12-27
        AppealWindow w = AppealWindow.of(LocalDate.of(2026, 11, 27), NoticeMethod.ELECTRONIC, t);
        assertThat(w.days()).isEqualTo(30);
        assertThat(w.lastDay()).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void aBusinessDayStaysAsCounted() {
        // 2026-03-02 + 30 = Wednesday 2026-04-01
        assertThat(AppealWindow.of(LocalDate.of(2026, 3, 2), NoticeMethod.ELECTRONIC, t).lastDay())
                .isEqualTo(LocalDate.of(2026, 4, 1));
    }
}
