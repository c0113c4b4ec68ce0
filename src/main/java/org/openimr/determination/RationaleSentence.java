package org.openimr.determination;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of a draft's rationale and what it rests on. A {@link Kind#FACT} sentence states facts of the record or
 * the request and carries the evidence (with spans) of every one of them; a {@link Kind#RULE} sentence restates a
 * guideline recommendation in the project's words; an {@link Kind#ABSENCE} sentence says what the record does not
 * document; a {@link Kind#CONCLUSION} sentence gives the outcome.
 */
public record RationaleSentence(Kind kind, String text, List<Evidence> evidence) {

    public enum Kind { RULE, FACT, ABSENCE, CONCLUSION }

    public RationaleSentence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        evidence = List.copyOf(evidence);
        if (kind == Kind.FACT && evidence.isEmpty()) {
            throw new IllegalArgumentException("a fact sentence needs the evidence it states: " + text);
        }
    }
}
