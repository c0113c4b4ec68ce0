package org.openimr.determination;

import java.util.List;
import java.util.Objects;

/**
 * A guideline limit checked against what was already given and what is requested: e.g. "at most 10 visits per
 * course": 42 given + 12 requested = 54, NOT_MET.
 *
 * @param limit       the limit in words
 * @param verdict     MET within the limit, NOT_MET beyond it, UNKNOWN when a figure is missing
 * @param explanation the arithmetic, in words
 * @param extended    whether an extension of the recommendation (e.g. documented functional improvement) allows it
 */
public record LimitFinding(String limit, Verdict verdict, String explanation, List<Evidence> evidence,
        boolean extended, String missing) {

    public LimitFinding {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(explanation, "explanation");
        evidence = List.copyOf(evidence);
        missing = missing == null ? "" : missing;
    }
}
