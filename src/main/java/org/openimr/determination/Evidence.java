package org.openimr.determination;

import java.util.Objects;

import org.openimr.casefile.Span;

/**
 * A fact the engine used, in plain words, and the text it was read from: a span of the record (document "record")
 * or of the request (document "request"). A rationale states no fact without one.
 */
public record Evidence(String statement, Span span) {

    public Evidence {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(span, "span");
    }

    /** The quoted text, white space collapsed. */
    public String quote() {
        return span.quote().strip().replaceAll("\\s+", " ");
    }
}
