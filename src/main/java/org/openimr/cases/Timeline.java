package org.openimr.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.openimr.shared.CaseNumber;
import org.openimr.shared.Priority;

/**
 * What happened to a case and how each of its clocks stands on a given day: every event with its date, every deadline
 * with its due date and its {@link Timeliness}.
 */
public record Timeline(CaseNumber caseNumber, Priority priority, CaseStatus status, LocalDate asOf,
        List<Entry> events, List<DeadlineLine> deadlines) {

    /** An event, dated. */
    public record Entry(LocalDate on, String what, CaseEvent event) {
    }

    /** A deadline and how it stands on the timeline's day. */
    public record DeadlineLine(Deadline deadline, Timeliness timeliness) {

        public DeadlineKind kind() {
            return deadline.kind();
        }

        public LocalDate due() {
            return deadline.due();
        }
    }

    public Timeline {
        Objects.requireNonNull(caseNumber, "caseNumber");
        events = List.copyOf(events);
        deadlines = List.copyOf(deadlines);
    }

    static Timeline of(ImrCase imrCase, LocalDate today) {
        List<Entry> entries = imrCase.events().stream().map(e -> new Entry(e.on(), e.describe(), e)).toList();
        List<DeadlineLine> lines = imrCase.deadlines().stream()
                .map(d -> new DeadlineLine(d, d.timeliness(today))).toList();
        return new Timeline(imrCase.caseNumber(), imrCase.priority(), imrCase.status(), today, entries, lines);
    }

    /** The deadlines of one kind, in order. */
    public List<DeadlineLine> deadlines(DeadlineKind kind) {
        return deadlines.stream().filter(d -> d.kind() == kind).toList();
    }

    /** The timeline as plain text, for a screen or a log. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("Case ").append(caseNumber).append(" (").append(priority.label()).append(" review), ")
                .append(status.describe()).append(", as of ").append(asOf).append('\n');
        out.append("Events:\n");
        for (Entry entry : events) {
            out.append("  ").append(entry.on()).append("  ").append(entry.what()).append('\n');
        }
        out.append("Deadlines:\n");
        for (DeadlineLine line : deadlines) {
            out.append("  due ").append(line.due()).append("  ").append(line.kind().step()).append(" (")
                    .append(line.kind().owedBy()).append(", ").append(line.deadline().rule()).append("): ")
                    .append(line.timeliness().describe())
                    .append(line.deadline().metOn().map(d -> ", on " + d).orElse("")).append('\n');
        }
        return out.toString();
    }
}
