package org.openimr.reviewers;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One reviewer weighed for one case: each hard rule passed or failed with its reason, the specialty fit and the
 * workload that rank the eligible.
 *
 * @param fitBand         the band of the fit that ranking compares (see {@link SpecialtyFitTable#band})
 * @param earliestOpenDue the due date of the reviewer's most pressing open case
 * @param tieBreak        a number drawn from the case and reviewer ids: it orders otherwise equal candidates the same
 *                        way every time, without favouring the same reviewer on every case
 */
public record CandidateAssessment(ReviewerId reviewer, List<RuleResult> rules, SpecialtyFit fit, int fitBand,
        int openCases, int maxOpenCases, int newToday, Optional<LocalDate> earliestOpenDue, long tieBreak) {

    public CandidateAssessment {
        Objects.requireNonNull(reviewer, "reviewer");
        rules = List.copyOf(rules);
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(earliestOpenDue, "earliest open due");
    }

    /** Eligible when every hard rule passed. */
    public boolean eligible() {
        for (RuleResult r : rules) {
            if (!r.passed()) {
                return false;
            }
        }
        return true;
    }

    public List<RuleResult> failures() {
        return rules.stream().filter(r -> !r.passed()).toList();
    }

    /** "3 of 10 open cases, 1 new today, earliest due 2017-01-02". */
    public String workload() {
        return openCases + " of " + maxOpenCases + " open cases, " + newToday + " new today"
                + earliestOpenDue.map(d -> ", earliest due " + d).orElse("");
    }

    /**
     * For a medical director: "R-0042 eligible: specialty fit 0.83 (...); workload 3 of 10 open cases ..." or
     * "R-0007 excluded: financial interest 2.5% in the claims administrator 'Acme Insurance'".
     */
    public String explanation() {
        if (eligible()) {
            return reviewer + " eligible: " + fit.explanation() + "; workload " + workload();
        }
        return reviewer + " " + failures().stream().map(RuleResult::explanation).collect(Collectors.joining("; "));
    }
}
