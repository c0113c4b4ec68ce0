package org.openimr.cases;

import java.util.Objects;

/**
 * One reason for ineligibility, with the facts of this application that make it apply, e.g. LATE: "Received on
 * January 20, 2017, 7 days after the last day to file, January 13, 2017 (30 days after ...)".
 */
public record Finding(IneligibilityReason reason, String facts) {

    public Finding {
        Objects.requireNonNull(reason, "reason");
        facts = facts == null ? "" : facts;
    }

    @Override
    public String toString() {
        return reason + (facts.isEmpty() ? "" : ": " + facts);
    }
}
