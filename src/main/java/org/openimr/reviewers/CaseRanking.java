package org.openimr.reviewers;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.openimr.shared.CaseNumber;

/**
 * The panel weighed for one case on one day: the eligible in rank order (best first) and the ineligible with what
 * excluded them.
 */
public record CaseRanking(CaseNumber caseNumber, LocalDate day, List<CandidateAssessment> eligible,
        List<CandidateAssessment> ineligible, String ruleBookVersion, String fitTableVersion) {

    public CaseRanking {
        Objects.requireNonNull(caseNumber, "case number");
        Objects.requireNonNull(day, "day");
        eligible = List.copyOf(eligible);
        ineligible = List.copyOf(ineligible);
    }

    public Optional<CandidateAssessment> best() {
        return eligible.isEmpty() ? Optional.empty() : Optional.of(eligible.get(0));
    }

    /** 1 for the best eligible reviewer; empty when the reviewer is not eligible or not on the panel. */
    public OptionalInt rankOf(ReviewerId reviewer) {
        for (int i = 0; i < eligible.size(); i++) {
            if (eligible.get(i).reviewer().equals(reviewer)) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    public Optional<CandidateAssessment> assessmentOf(ReviewerId reviewer) {
        return java.util.stream.Stream.concat(eligible.stream(), ineligible.stream())
                .filter(a -> a.reviewer().equals(reviewer)).findFirst();
    }

    /** The whole ranking as text, one reviewer a line, eligible first in rank order. */
    public String explanation() {
        StringBuilder out = new StringBuilder();
        out.append("Case ").append(caseNumber).append(" on ").append(day).append(": ").append(eligible.size())
                .append(" eligible of ").append(eligible.size() + ineligible.size()).append(" (rule book ")
                .append(ruleBookVersion).append(", specialty fit ").append(fitTableVersion).append(")\n");
        for (int i = 0; i < eligible.size(); i++) {
            out.append("  ").append(i + 1).append(". ").append(eligible.get(i).explanation()).append('\n');
        }
        for (CandidateAssessment a : ineligible) {
            out.append("  -  ").append(a.explanation()).append('\n');
        }
        return out.toString();
    }
}
