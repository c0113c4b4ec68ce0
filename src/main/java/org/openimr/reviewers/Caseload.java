package org.openimr.reviewers;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.openimr.shared.CaseNumber;

/**
 * A reviewer's current work: the open cases with their due dates, and how many new cases were assigned on each day.
 * Immutable; {@link #withAssignment} gives the caseload after one more case. The earliest due date is worked out
 * once, since ranking asks for it for every reviewer on every case.
 */
public final class Caseload {

    private static final Caseload EMPTY = new Caseload(Map.of(), Map.of());

    private final Map<CaseNumber, LocalDate> openCases;
    private final Map<LocalDate, Integer> assignedPerDay;
    private final Optional<LocalDate> earliestDue;

    public Caseload(Map<CaseNumber, LocalDate> openCases, Map<LocalDate, Integer> assignedPerDay) {
        this.openCases = Collections.unmodifiableMap(new TreeMap<>(openCases));
        this.assignedPerDay = Collections.unmodifiableMap(new TreeMap<>(assignedPerDay));
        this.earliestDue = this.openCases.values().stream().min(LocalDate::compareTo);
    }

    public static Caseload empty() {
        return EMPTY;
    }

    /** The open cases by case number, with their due dates. */
    public Map<CaseNumber, LocalDate> openCases() {
        return openCases;
    }

    /** How many new cases the reviewer received on each day. */
    public Map<LocalDate, Integer> assignedPerDay() {
        return assignedPerDay;
    }

    public int openCount() {
        return openCases.size();
    }

    public int assignedOn(LocalDate day) {
        return assignedPerDay.getOrDefault(day, 0);
    }

    /** The earliest due date among the open cases: the reviewer's most pressing deadline. */
    public Optional<LocalDate> earliestDue() {
        return earliestDue;
    }

    public Caseload withAssignment(CaseNumber caseNumber, LocalDate due, LocalDate day) {
        Objects.requireNonNull(due, "due");
        if (openCases.containsKey(caseNumber)) {
            throw new IllegalStateException("case " + caseNumber + " is already open with this reviewer");
        }
        Map<CaseNumber, LocalDate> open = new TreeMap<>(openCases);
        open.put(caseNumber, due);
        Map<LocalDate, Integer> perDay = new TreeMap<>(assignedPerDay);
        perDay.merge(day, 1, Integer::sum);
        return new Caseload(open, perDay);
    }

    /** The caseload once a case is decided, withdrawn or reassigned. */
    public Caseload withClosed(CaseNumber caseNumber) {
        Map<CaseNumber, LocalDate> open = new TreeMap<>(openCases);
        open.remove(caseNumber);
        return new Caseload(open, assignedPerDay);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Caseload that && openCases.equals(that.openCases)
                && assignedPerDay.equals(that.assignedPerDay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(openCases, assignedPerDay);
    }

    @Override
    public String toString() {
        return "Caseload[" + openCases.size() + " open" + earliestDue.map(d -> ", earliest due " + d).orElse("")
                + "]";
    }
}
