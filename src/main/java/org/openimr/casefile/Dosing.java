package org.openimr.casefile;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How often and how much is taken, as written ("one every 8 hours", "1-2 tablets twice a day as needed"). Where the
 * record gives a range, the upper bound is kept (the most the prescription allows).
 *
 * @param unitsPerDose tablets (patches, capsules) per dose, where stated
 * @param timesPerDay  doses per day ("every 8 hours" is 3, "twice a day" 2, "at bedtime" 1), where stated
 * @param asNeeded     "as needed", "PRN"
 */
public record Dosing(Optional<BigDecimal> unitsPerDose, Optional<BigDecimal> timesPerDay, boolean asNeeded) {

    public Dosing {
        Objects.requireNonNull(unitsPerDose, "units per dose");
        Objects.requireNonNull(timesPerDay, "times per day");
    }
}
