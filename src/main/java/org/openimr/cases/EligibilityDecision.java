package org.openimr.cases;

import java.util.List;
import java.util.Objects;

/** The outcome of screening an application (8 CCR 9792.10.3). */
public sealed interface EligibilityDecision {

    /**
     * The application goes to IMR with these treatments; {@code excluded} lists the treatments left out (a CNC
     * denial, an earlier IMR of the same treatment).
     */
    record Eligible(List<DisputedItem> items, List<ExcludedItem> excluded) implements EligibilityDecision {
        public Eligible {
            items = List.copyOf(items);
            excluded = List.copyOf(excluded);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("an eligible application has at least one eligible treatment");
            }
        }
    }

    /** The application cannot go to IMR, for every one of these reasons. */
    record Ineligible(List<Finding> findings) implements EligibilityDecision {
        public Ineligible {
            findings = List.copyOf(findings);
            if (findings.isEmpty()) {
                throw new IllegalArgumentException("an ineligible application has at least one reason");
            }
        }

        public List<IneligibilityReason> reasons() {
            return findings.stream().map(Finding::reason).distinct().toList();
        }
    }

    /** IMR waits until a dispute of liability for the injury or the treatment is resolved. */
    record Deferred(String reason) implements EligibilityDecision {
        public Deferred {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
