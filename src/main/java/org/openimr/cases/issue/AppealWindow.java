package org.openimr.cases.issue;

import java.time.LocalDate;
import java.util.Objects;

import org.openimr.cases.FilingDeadlineRule;
import org.openimr.cases.NoticeMethod;
import org.openimr.cases.Timeframes;
import org.openimr.shared.BusinessCalendar.LastDay;

/**
 * The time a party has to appeal a Final Determination Letter to the WCAB: 30 days from the mailing of the
 * determination (LC 4610.6(h)), 5 more when it was served by mail (CCP 1013(a), as the WCAB held in Matute v. LAUSD),
 * and a last day that falls on a weekend or holiday moves to the next business day (CCP 12a), on the calendar of the
 * case's {@link Timeframes}.
 *
 * @param mailedOn the day the letter was sent
 * @param method   how it was sent
 * @param days     the days counted from {@code mailedOn}
 * @param lastDay  the last day to file an appeal
 */
public record AppealWindow(LocalDate mailedOn, NoticeMethod method, int days, LocalDate lastDay) {

    /** 30 days to appeal (LC 4610.6(h)). */
    public static final int DAYS_TO_APPEAL = 30;

    public AppealWindow {
        Objects.requireNonNull(mailedOn, "mailing date");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(lastDay, "last day");
    }

    /** The window of a letter sent on {@code mailedOn} by {@code method}. */
    public static AppealWindow of(LocalDate mailedOn, NoticeMethod method, Timeframes timeframes) {
        int days = DAYS_TO_APPEAL + (method == NoticeMethod.MAIL ? FilingDeadlineRule.MAIL_EXTENSION_DAYS : 0);
        LocalDate last = timeframes.calendar().plusCalendarDays(mailedOn, days, LastDay.EXTENDED_TO_BUSINESS_DAY);
        return new AppealWindow(mailedOn, method, days, last);
    }

    /** "35 days after the letter was sent by mail on 2026-11-27: until 2027-01-04". */
    public String describe() {
        return days + " days after the letter was sent " + method.words() + " on " + mailedOn + ": until " + lastDay;
    }
}
