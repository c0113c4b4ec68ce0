package org.openimr.reviewers;

import java.math.BigDecimal;
import java.util.Objects;

/** What a financial affiliation consists of. */
public sealed interface FinancialTie {

    /**
     * An ownership interest (shares, partnership) as a percentage of the business, e.g. 2.5. Material only above
     * the threshold of the rule book (1%: "owning more than a 1% interest").
     */
    record OwnershipInterest(BigDecimal percent) implements FinancialTie {
        public OwnershipInterest {
            Objects.requireNonNull(percent, "percent");
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("an ownership interest is between 0 and 100 percent: " + percent);
            }
        }

        public static OwnershipInterest percent(String percent) {
            return new OwnershipInterest(new BigDecimal(percent));
        }
    }

    /**
     * Money paid to the reviewer by the party other than through ownership: salary, consulting or speaker fees,
     * research funding. Always material.
     */
    record Compensation(String description) implements FinancialTie {
        public Compensation {
            Objects.requireNonNull(description, "description");
            if (description.isBlank()) {
                throw new IllegalArgumentException("say what the compensation is, e.g. 'consulting fees'");
            }
        }
    }
}
