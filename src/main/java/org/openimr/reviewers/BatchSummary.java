package org.openimr.reviewers;

import java.time.LocalDate;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a daily batch did: the assignments in the order made (earliest deadline first), the cases no reviewer could
 * take with the reasons, and the panel's workload afterwards.
 */
public record BatchSummary(LocalDate day, int cases, List<Assignment> assignments, List<UnassignableCase> unassignable,
        PanelWorkload workloadAfter) {

    public BatchSummary {
        assignments = List.copyOf(assignments);
        unassignable = List.copyOf(unassignable);
    }

    /** How many cases of this batch each reviewer received (reviewers who received none are not listed). */
    public Map<ReviewerId, Integer> newCasesByReviewer() {
        Map<ReviewerId, Integer> counts = new TreeMap<>();
        assignments.forEach(a -> counts.merge(a.reviewer(), 1, Integer::sum));
        return counts;
    }

    /** A few lines for a terminal or a log. */
    public String report() {
        Map<ReviewerId, Integer> byReviewer = newCasesByReviewer();
        IntSummaryStatistics spread = byReviewer.values().stream().mapToInt(Integer::intValue).summaryStatistics();
        StringBuilder out = new StringBuilder();
        out.append("Batch of ").append(day).append(": ").append(cases).append(" cases, ").append(assignments.size())
                .append(" assigned");
        if (!byReviewer.isEmpty()) {
            out.append(" to ").append(byReviewer.size()).append(" reviewers (").append(spread.getMin()).append('-')
                    .append(spread.getMax()).append(" each)");
        }
        out.append(", ").append(unassignable.size()).append(" unassignable\n");
        for (UnassignableCase u : unassignable) {
            out.append("  ").append(u.caseNumber()).append(" (due ").append(u.determinationDue()).append("): ")
                    .append(u.reason()).append('\n');
        }
        return out.toString();
    }
}
