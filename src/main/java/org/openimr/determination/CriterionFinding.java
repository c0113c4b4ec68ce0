package org.openimr.determination;

import java.util.List;
import java.util.Objects;

/**
 * One guideline condition evaluated against the record: met, not met, or unknown because the record does not say,
 * with the facts (and their spans) it rests on, the parts of a compound condition, and what documentation would
 * settle it.
 *
 * @param criterion the condition in words ("documented homebound", "neurologic deficit on examination")
 * @param predicate the predicate of the guideline data ("documented", "functionalImprovement", ...)
 * @param missing   for an unknown or unmet condition, the documentation that would change it; "" otherwise
 */
public record CriterionFinding(String criterion, String predicate, Verdict verdict, List<Evidence> evidence,
        List<CriterionFinding> parts, String missing) {

    public CriterionFinding {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(verdict, "verdict");
        evidence = List.copyOf(evidence);
        parts = List.copyOf(parts);
        missing = missing == null ? "" : missing;
    }

    /** Every piece of evidence of this finding and its parts. */
    public List<Evidence> allEvidence() {
        java.util.ArrayList<Evidence> all = new java.util.ArrayList<>(evidence);
        parts.forEach(p -> all.addAll(p.allEvidence()));
        return all;
    }
}
