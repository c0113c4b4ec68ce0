package org.openimr.casefile;

import java.util.Objects;
import java.util.Optional;

/** A urine drug screen: done (with its result where stated) or requested. */
public record UrineDrugScreen(Optional<StatedDate> date, Result result, Assertion assertion, Span span)
        implements ClinicalFact {

    public enum Result { CONSISTENT, INCONSISTENT, NOT_STATED }

    public UrineDrugScreen {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(assertion, "assertion");
        Objects.requireNonNull(span, "span");
    }
}
