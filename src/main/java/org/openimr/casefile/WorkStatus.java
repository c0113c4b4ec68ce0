package org.openimr.casefile;

import java.util.Objects;
import java.util.Optional;

/**
 * The injured worker's work status as stated ("temporarily totally disabled", "working with restrictions").
 *
 * @param asOf      the date the status holds from or until, where the sentence gives one ("as of 6-1-2015")
 * @param assertion {@link Assertion#HISTORICAL} for a former status ("was on modified duty before"),
 *                  {@link Assertion#REQUESTED} for one recommended but not yet in force
 */
public record WorkStatus(Kind kind, Optional<StatedDate> asOf, Assertion assertion, Span span) implements ClinicalFact {

    public enum Kind {
        /** TTD, off work, unable to work. */
        TEMPORARILY_TOTALLY_DISABLED,
        /** Working with restrictions, modified or light duty. */
        MODIFIED_DUTY,
        FULL_DUTY,
        /** Not working, without a stated disability status. */
        NOT_WORKING,
        RETIRED,
        /** Permanent and stationary, maximum medical improvement. */
        PERMANENT_AND_STATIONARY
    }

    public WorkStatus {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(asOf, "as of");
        Objects.requireNonNull(assertion, "assertion");
        Objects.requireNonNull(span, "span");
    }
}
