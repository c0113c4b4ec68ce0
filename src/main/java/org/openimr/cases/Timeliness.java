package org.openimr.cases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How a step stands against its deadline on a given day. A late step is flagged, never voided: a late determination is
 * still a determination (SCIF v. WCAB (Margaris), 2016).
 *
 * @param days days late (LATE, MISSED), days overdue (OVERDUE), or days left including today (PENDING); 0 otherwise
 */
public record Timeliness(State state, long days) {

    public enum State {
        /** Done on or before the due date. */
        MET,
        /** Done after the due date. */
        LATE,
        /** Not done yet; the due date is today or later. */
        PENDING,
        /** Not done yet; the due date has passed. */
        OVERDUE,
        /** Never done; the case closed after the due date had passed. */
        MISSED,
        /** Never done; the case closed before it was due. */
        NO_LONGER_DUE
    }

    static Timeliness of(LocalDate due, LocalDate metOn, LocalDate closedOn, LocalDate today) {
        if (metOn != null) {
            long late = ChronoUnit.DAYS.between(due, metOn);
            return late > 0 ? new Timeliness(State.LATE, late) : new Timeliness(State.MET, 0);
        }
        if (closedOn != null && !closedOn.isAfter(today)) {
            long late = ChronoUnit.DAYS.between(due, closedOn);
            return late > 0 ? new Timeliness(State.MISSED, late) : new Timeliness(State.NO_LONGER_DUE, 0);
        }
        long overdue = ChronoUnit.DAYS.between(due, today);
        return overdue > 0 ? new Timeliness(State.OVERDUE, overdue) : new Timeliness(State.PENDING, -overdue);
    }

    public boolean isLate() {
        return state == State.LATE || state == State.OVERDUE || state == State.MISSED;
    }

    /** "met", "3 days late", "due in 2 days", "5 days overdue", "missed by 4 days", "no longer due". */
    public String describe() {
        return switch (state) {
            case MET -> "met";
            case LATE -> Dates.days(days) + " late";
            case PENDING -> days == 0 ? "due today" : "due in " + Dates.days(days);
            case OVERDUE -> Dates.days(days) + " overdue";
            case MISSED -> "missed by " + Dates.days(days);
            case NO_LONGER_DUE -> "no longer due";
        };
    }
}
