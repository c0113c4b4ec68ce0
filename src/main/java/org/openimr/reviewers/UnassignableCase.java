package org.openimr.reviewers;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.openimr.shared.CaseNumber;
import org.openimr.shared.Priority;

/**
 * A case no reviewer could take, and why.
 *
 * @param excludedByRule for each hard rule, how many reviewers of the panel it excluded (a reviewer failing two
 *                       rules counts under both); empty when the case was refused before screening
 * @param reason         the reason in words, e.g. "no eligible reviewer among 300: capacity before the deadline 280,
 *                       no conflict of interest 25"
 */
public record UnassignableCase(CaseNumber caseNumber, Priority priority, LocalDate determinationDue, int panelSize,
        Map<String, Integer> excludedByRule, String reason) {

    public UnassignableCase {
        Objects.requireNonNull(caseNumber, "case number");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(determinationDue, "determination due");
        excludedByRule = Map.copyOf(excludedByRule);
        Objects.requireNonNull(reason, "reason");
    }

    static UnassignableCase from(CaseToAssign kase, CaseRanking ranking) {
        int panel = ranking.ineligible().size();
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (CandidateAssessment a : ranking.ineligible()) {
            for (RuleResult r : a.failures()) {
                counts.merge(r.rule(), 1, Integer::sum);
            }
        }
        String reason = panel == 0 ? "the panel is empty"
                : "no eligible reviewer among " + panel + ": " + counts.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return new UnassignableCase(kase.caseNumber(), kase.priority(), kase.determinationDue(), panel, counts, reason);
    }

    static UnassignableCase refused(CaseToAssign kase, int panelSize, String reason) {
        return new UnassignableCase(kase.caseNumber(), kase.priority(), kase.determinationDue(), panelSize, Map.of(),
                reason);
    }
}
