package org.openimr.reviewers;

import java.util.Objects;

/** A financial tie with a party: an ownership interest or compensation. */
public record FinancialAffiliation(Party party, FinancialTie tie) implements Affiliation {

    public FinancialAffiliation {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(tie, "tie");
    }

    public static FinancialAffiliation ownership(Party party, String percent) {
        return new FinancialAffiliation(party, FinancialTie.OwnershipInterest.percent(percent));
    }

    public static FinancialAffiliation compensation(Party party, String description) {
        return new FinancialAffiliation(party, new FinancialTie.Compensation(description));
    }

    @Override
    public AffiliationKind kind() {
        return AffiliationKind.FINANCIAL;
    }

    @Override
    public String describe() {
        if (tie instanceof FinancialTie.OwnershipInterest o) {
            return "financial interest " + o.percent().stripTrailingZeros().toPlainString() + "%";
        }
        return "financial tie (" + ((FinancialTie.Compensation) tie).description() + ")";
    }
}
