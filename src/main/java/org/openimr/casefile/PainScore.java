package org.openimr.casefile;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A pain score on the 0-10 scale ("7/10", "5-7 out of 10", "8/10 without medication").
 *
 * @param score the score, or the lower end of a range
 * @param upTo  the upper end of a range ("5-7 out of 10" is 5 up to 7)
 */
public record PainScore(BigDecimal score, Optional<BigDecimal> upTo, Circumstance circumstance, Span span)
        implements ClinicalFact {

    public enum Circumstance { UNSPECIFIED, WITH_MEDICATION, WITHOUT_MEDICATION, AVERAGE, WORST, LEAST }

    public PainScore {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(upTo, "up to");
        Objects.requireNonNull(circumstance, "circumstance");
        Objects.requireNonNull(span, "span");
    }
}
