package org.openimr.reviewers;

import java.util.Objects;

/**
 * One hard rule applied to one reviewer for one case: passed or failed, and why, in words a medical director
 * can read ("financial interest 2.5% in the claims administrator 'Acme Insurance'").
 */
public record RuleResult(String rule, boolean passed, String reason) {

    public RuleResult {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }

    static RuleResult pass(String rule, String reason) {
        return new RuleResult(rule, true, reason);
    }

    static RuleResult fail(String rule, String reason) {
        return new RuleResult(rule, false, reason);
    }

    /** "excluded: financial interest 2.5% in ..." or "passed (active license): California until 2027-01-31". */
    public String explanation() {
        return passed ? "passed (" + rule + "): " + reason : "excluded: " + reason;
    }
}
