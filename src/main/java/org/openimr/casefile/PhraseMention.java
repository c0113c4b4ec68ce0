package org.openimr.casefile;

import java.util.Objects;

/**
 * A phrase of a caller's lexicon found in a document, read in its sentence as the extractor reads its own terms
 * (NegEx/ConText: affirmed, negated, historical or requested).
 *
 * @param value              what the caller's lexicon gives the phrase
 * @param assertion          how the sentence states it
 * @param documentationOnly  negated as "not documented" ("no documentation of", "lack of") rather than as absent
 * @param span               the phrase in the document
 * @param sentence           the sentence that holds it
 */
public record PhraseMention<V>(V value, Assertion assertion, boolean documentationOnly, Span span, Span sentence)
        implements ClinicalFact {

    public PhraseMention {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(assertion, "assertion");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(sentence, "sentence");
    }
}
