package org.openimr.casefile;

import java.util.Objects;

/**
 * A reviewer's correction of a fact read from a document: the fact is wrong (the record does not say it), or the
 * record should read {@code after} at the fact's span (a misread number, a wrong body part). Corrections change what
 * the facts and the drafts read, never the document itself: see {@link CorrectedRecord}.
 *
 * @param span   the fact's span in its document (its quote is the text before the correction)
 * @param kind   the kind of fact ("Therapy sessions")
 * @param after  for {@link Action#VALUE_CHANGED}, the text the record should read; for {@link Action#MARKED_WRONG}, ""
 */
public record FactCorrection(Span span, String kind, Action action, String after) {

    public enum Action { MARKED_WRONG, VALUE_CHANGED }

    public FactCorrection {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(action, "action");
        after = action == Action.MARKED_WRONG ? "" : Objects.requireNonNull(after, "after").strip();
        if (action == Action.VALUE_CHANGED && after.isEmpty()) {
            throw new IllegalArgumentException("a changed value needs the text the record should read");
        }
        if (span.length() == 0) {
            throw new IllegalArgumentException("a correction needs the span of the fact");
        }
    }

    /** The text before the correction: the fact's quote. */
    public String before() {
        return span.quote();
    }

    /** "6 sessions of physical therapy" → "12 sessions of physical therapy", or "... → marked wrong". */
    public String describe() {
        return kind + ": \"" + before().strip() + "\" → " + (action == Action.MARKED_WRONG ? "marked wrong"
                : "\"" + after + "\"");
    }
}
