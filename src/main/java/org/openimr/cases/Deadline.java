package org.openimr.cases;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A deadline of a case, derived from its events: the step, when its clock started, when it is due and by what rule,
 * when it was met if it was, and when the case closed if it closed first.
 */
public record Deadline(DeadlineKind kind, LocalDate startsFrom, LocalDate due, String rule, Optional<LocalDate> metOn,
        Optional<LocalDate> caseClosedOn) {

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startsFrom, "startsFrom");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(metOn, "metOn");
        Objects.requireNonNull(caseClosedOn, "caseClosedOn");
    }

    /** How the step stands on {@code today}. */
    public Timeliness timeliness(LocalDate today) {
        return Timeliness.of(due, metOn.orElse(null), caseClosedOn.orElse(null), today);
    }
}
