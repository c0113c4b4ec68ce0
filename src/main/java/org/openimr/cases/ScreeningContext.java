package org.openimr.cases;

import java.util.List;
import java.util.Objects;

/**
 * What screening needs besides the application: the filing rule in force, the claims administrator's position on
 * liability, and the treatments that already went to IMR.
 */
public record ScreeningContext(FilingDeadlineRule filingRule, LiabilityPosition liability,
        List<PriorReview> priorReviews) {

    public ScreeningContext {
        Objects.requireNonNull(filingRule, "filingRule");
        Objects.requireNonNull(liability, "liability");
        priorReviews = List.copyOf(priorReviews);
    }

    /** The current filing rule, liability not disputed, no earlier IMR. */
    public static ScreeningContext standard() {
        return new ScreeningContext(FilingDeadlineRule.current(), LiabilityPosition.NOT_DISPUTED, List.of());
    }

    public ScreeningContext withFilingRule(FilingDeadlineRule rule) {
        return new ScreeningContext(rule, liability, priorReviews);
    }

    public ScreeningContext withLiability(LiabilityPosition position) {
        return new ScreeningContext(filingRule, position, priorReviews);
    }

    public ScreeningContext withPriorReviews(List<PriorReview> reviews) {
        return new ScreeningContext(filingRule, liability, reviews);
    }
}
