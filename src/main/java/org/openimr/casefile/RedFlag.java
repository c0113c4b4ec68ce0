package org.openimr.casefile;

import java.util.Objects;
import java.util.Optional;

/**
 * A red flag of the ACOEM spine chapters (cauda equina, progressive neurological deficit, fracture, infection,
 * tumor): stated present, or stated absent ("without red flags", "x-rays revealed no fracture").
 */
public record RedFlag(Kind kind, Optional<BodySite> region, Assertion assertion, Span span)
        implements ClinicalFact {

    public enum Kind {
        CAUDA_EQUINA, PROGRESSIVE_NEUROLOGICAL_DEFICIT, FRACTURE, INFECTION, TUMOR,
        /** "red flags" in general ("no red flags", "without red flag conditions"). */
        UNSPECIFIED
    }

    public RedFlag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(assertion, "assertion");
        Objects.requireNonNull(span, "span");
    }
}
