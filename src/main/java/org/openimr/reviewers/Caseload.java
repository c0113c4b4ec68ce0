package org.openimr.reviewers;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.openimr.shared.CaseNumber;

/**
 * A reviewer's current work: the open cases with their due dates, and how many new cases were assigned on each day.
 * Immutable; {@link #withAssignment} gives the caseload after one more case.
 */
public record Caseload(Map<CaseNumber, LocalDate> openCases, Map<LocalDate, Integer> assignedPerDay) {

    private static final Caseload EMPTY = new Caseload(Map.of(), Map.of());

    public Caseload {
        openCases = Collections.unmodifiableMap(new TreeMap<>(openCases));
        assignedPerDay = Collections.unmodifiableMap(new TreeMap<>(assignedPerDay));
    }

    public static Caseload empty() {
        return EMPTY;
    }

    public int openCount() {
        return openCases.size();
    }

    public int assignedOn(LocalDate day) {
        return assignedPerDay.getOrDefault(day, 0);
    }

    /** The earliest due date among the open cases: the reviewer's most pressing deadline. */
    public Optional<LocalDate> earliestDue() {
        return openCases.values().stream().min(LocalDate::compareTo);
    }

    public Caseload withAssignment(CaseNumber caseNumber, LocalDate due, LocalDate day) {
        if (openCases.containsKey(caseNumber)) {
            throw new IllegalStateException("case " + caseNumber + " is already open with this reviewer");
        }
        Map<CaseNumber, LocalDate> open = new HashMap<>(openCases);
        open.put(caseNumber, due);
        Map<LocalDate, Integer> perDay = new HashMap<>(assignedPerDay);
        perDay.merge(day, 1, Integer::sum);
        return new Caseload(open, perDay);
    }

    /** The caseload once a case is decided, withdrawn or reassigned. */
    public Caseload withClosed(CaseNumber caseNumber) {
        Map<CaseNumber, LocalDate> open = new HashMap<>(openCases);
        open.remove(caseNumber);
        return new Caseload(open, assignedPerDay);
    }
}
