package org.openimr.cases;

import java.time.LocalDate;
import java.util.Objects;

import org.openimr.shared.BusinessCalendar;
import org.openimr.shared.BusinessCalendar.LastDay;

/**
 * When an application for IMR must be received: 30 days from service (or, under the 2013 wording, receipt) of the UR
 * decision, 5 more days when it was served by mail, and a last day that falls on a weekend or holiday moves to the next
 * business day (CCP 12a; Gov. Code 6707 for filings with a state agency).
 */
public record FilingDeadlineRule(FilingBasis basis, BusinessCalendar calendar) {

    /** 30 days to file (LC 4610.5(h)(1)). */
    public static final int DAYS_TO_FILE = 30;
    /** Added for service by mail (CCP 1013(a)). */
    public static final int MAIL_EXTENSION_DAYS = 5;

    public FilingDeadlineRule {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(calendar, "calendar");
    }

    /** The rule in force: 30 days from service, +5 for mail, on the state-office calendar. */
    public static FilingDeadlineRule current() {
        return new FilingDeadlineRule(FilingBasis.SERVICE, BusinessCalendar.california());
    }

    /** The 2013 wording: 30 days from receipt of the UR decision. */
    public static FilingDeadlineRule receipt2013() {
        return new FilingDeadlineRule(FilingBasis.RECEIPT, BusinessCalendar.california());
    }

    public FilingWindow window(UrDecision decision) {
        boolean mailed = decision.servedBy() == ServiceMethod.MAIL;
        LocalDate served = decision.servedOn();
        if (basis == FilingBasis.SERVICE) {
            int days = DAYS_TO_FILE + (mailed ? MAIL_EXTENSION_DAYS : 0);
            String why = DAYS_TO_FILE + " days after the UR decision was served " + decision.servedBy().words()
                    + " on " + Dates.words(served)
                    + (mailed ? ", plus " + MAIL_EXTENSION_DAYS + " days because it was served by mail" : "");
            return window(served, days, why);
        }
        LocalDate receipt;
        String receiptWords;
        if (decision.receivedByEmployeeOn().isPresent()) {
            receipt = decision.receivedByEmployeeOn().get();
            receiptWords = "the employee received the UR decision on " + Dates.words(receipt);
        } else if (mailed) {
            receipt = served.plusDays(MAIL_EXTENSION_DAYS);
            receiptWords = "the UR decision, mailed on " + Dates.words(served) + ", is taken as received "
                    + MAIL_EXTENSION_DAYS + " days later, on " + Dates.words(receipt);
        } else {
            receipt = served;
            receiptWords = "the UR decision was received when served " + decision.servedBy().words() + " on "
                    + Dates.words(served);
        }
        return window(receipt, DAYS_TO_FILE, DAYS_TO_FILE + " days after receipt: " + receiptWords);
    }

    private FilingWindow window(LocalDate from, int days, String why) {
        LocalDate counted = from.plusDays(days);
        LocalDate last = calendar.plusCalendarDays(from, days, LastDay.EXTENDED_TO_BUSINESS_DAY);
        if (!last.equals(counted)) {
            why += "; the " + days + "th day, " + Dates.words(counted) + ", is not a business day";
        }
        return new FilingWindow(from, days, last, why);
    }
}
