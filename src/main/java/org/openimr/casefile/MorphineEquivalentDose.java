package org.openimr.casefile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The morphine equivalent dose (MED, mg of oral morphine per day) of a set of opioid medications: the sum of each
 * opioid's daily dose times its conversion factor (CPMTG 2009 p. 86; factors from
 * {@code casefile/opioid-conversion.yaml}).
 *
 * @param milligramsPerDay the total over the {@link #contributions()}; opioids in {@link #notQuantified()} are not in it
 * @param contributions    one per opioid whose daily dose the record states
 * @param notQuantified    opioids whose daily dose cannot be computed from the record, each with the reason
 */
public record MorphineEquivalentDose(BigDecimal milligramsPerDay, List<Contribution> contributions,
        List<NotQuantified> notQuantified) {

    public MorphineEquivalentDose {
        Objects.requireNonNull(milligramsPerDay, "mg per day");
        contributions = List.copyOf(contributions);
        notQuantified = List.copyOf(notQuantified);
    }

    /**
     * One opioid's part of the total.
     *
     * @param dailyDose            mg per day (mcg/h for transdermal fentanyl)
     * @param factor               the conversion factor applied
     * @param source               the source of the factor (key and citation from the data file)
     * @param assumedOneUnitPerDose the record gave a frequency but not how many tablets per dose; one was assumed
     * @param note                 anything else the reader should know (e.g. methadone above the tabulated band)
     */
    public record Contribution(Medication medication, String opioid, BigDecimal dailyDose, String unit,
            BigDecimal factor, String source, BigDecimal milligramsMorphinePerDay, boolean assumedOneUnitPerDose,
            String note) {
    }

    /** An opioid whose MED could not be computed, and why (no strength, no frequency, no factor). */
    public record NotQuantified(Medication medication, String reason) {
    }

    /** True when every opioid was quantified. */
    public boolean complete() {
        return notQuantified.isEmpty();
    }

    public boolean exceeds(BigDecimal limit) {
        return milligramsPerDay.compareTo(limit) > 0;
    }
}
