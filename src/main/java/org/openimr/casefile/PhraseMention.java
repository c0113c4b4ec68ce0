package org.openimr.casefile;

import java.util.Objects;
import java.util.Optional;

/**
 * A phrase of a caller's lexicon found in a document, read in its sentence as the extractor reads its own terms
 * (NegEx/ConText: affirmed, negated, historical or requested).
 *
 * @param value              what the caller's lexicon gives the phrase
 * @param assertion          how the sentence states it
 * @param documentationOnly  negated as "not documented" ("no documentation of", "lack of") rather than as absent
 * @param span               the phrase in the document
 * @param sentence           the sentence that holds it
 * @param negationCue        for a negated mention, the words that negate it ("denies", "no history of")
 */
public record PhraseMention<V>(V value, Assertion assertion, boolean documentationOnly, Span span, Span sentence,
        Optional<Span> negationCue) implements ClinicalFact {

    public PhraseMention {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(assertion, "assertion");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(negationCue, "negation cue");
    }

    public PhraseMention(V value, Assertion assertion, boolean documentationOnly, Span span, Span sentence) {
        this(value, assertion, documentationOnly, span, sentence, Optional.empty());
    }

    /**
     * The phrase with the words that negate it and those between, as a quote of a negated mention must read ("denies
     * chest pain", "negative for chest pain, palpitations"); the phrase alone otherwise.
     */
    public Span withItsNegation() {
        if (negationCue.isEmpty() || !negationCue.get().documentId().equals(span.documentId())
                || sentence.start() > Math.min(span.start(), negationCue.get().start())
                || sentence.end() < Math.max(span.end(), negationCue.get().end())) {
            return span;
        }
        int start = Math.min(span.start(), negationCue.get().start());
        int end = Math.max(span.end(), negationCue.get().end());
        return new Span(span.documentId(), start, end,
                sentence.quote().substring(start - sentence.start(), end - sentence.start()));
    }
}
