package org.openimr.casefile;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A strength as written: "10/325 mg" is 10 (the first, for combination products the opioid, component) and 325,
 * in mg; "25 mcg/h" is a patch rate.
 */
public record Strength(BigDecimal amount, Optional<BigDecimal> secondAmount, String unit) {

    public Strength {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(secondAmount, "second amount");
        Objects.requireNonNull(unit, "unit");
    }

    @Override
    public String toString() {
        return amount.toPlainString() + secondAmount.map(s -> "/" + s.toPlainString()).orElse("") + " " + unit;
    }
}
