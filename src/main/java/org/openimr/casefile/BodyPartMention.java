package org.openimr.casefile;

import java.util.Objects;

/** A body part the record mentions (complaint, diagnosis, examination, treatment), read in context. */
public record BodyPartMention(BodySite region, Assertion assertion, Span span) implements ClinicalFact {

    public BodyPartMention {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(assertion, "assertion");
        Objects.requireNonNull(span, "span");
    }
}
