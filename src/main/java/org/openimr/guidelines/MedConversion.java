package org.openimr.guidelines;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How a daily dose of one opioid converts to mg of oral morphine (morphine equivalent dose). Data, with its source,
 * so that the table can be swapped for the one a guideline edition prints.
 *
 * @param drug       the opioid's vocabulary code
 * @param unit       the unit the daily dose is measured in ("mg", "mcg/h" for transdermal fentanyl)
 * @param factor     the factor, when a single one applies
 * @param tiers      dose-dependent factors (methadone), in ascending order; empty when {@code factor} applies
 * @param confidence how sure the factor is
 * @param source     where it comes from
 */
public record MedConversion(String drug, String unit, BigDecimal factor, List<Tier> tiers, Confidence confidence,
        String source) {

    /** A factor that applies to daily doses up to {@code upToPerDay} (null: any higher dose). */
    public record Tier(BigDecimal upToPerDay, BigDecimal factor) {
        public Tier {
            Objects.requireNonNull(factor, "factor");
        }
    }

    public MedConversion {
        Objects.requireNonNull(drug, "drug");
        tiers = List.copyOf(tiers);
        if ((factor == null) == tiers.isEmpty()) {
            throw new IllegalArgumentException("a conversion has either a factor or tiers: " + drug);
        }
    }

    /** The factor for a daily dose. */
    public BigDecimal factorFor(BigDecimal dailyDose) {
        if (factor != null) {
            return factor;
        }
        for (Tier t : tiers) {
            if (t.upToPerDay() == null || dailyDose.compareTo(t.upToPerDay()) <= 0) {
                return t.factor();
            }
        }
        return tiers.get(tiers.size() - 1).factor();
    }

    /** The morphine equivalent dose of a daily dose, in mg of oral morphine a day. */
    public BigDecimal morphineEquivalent(BigDecimal dailyDose) {
        return dailyDose.multiply(factorFor(dailyDose));
    }
}
