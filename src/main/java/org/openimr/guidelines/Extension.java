package org.openimr.guidelines;

import java.util.List;
import java.util.Objects;

/**
 * How a recommendation's limits may be exceeded: when every criterion in {@code requires} holds (most often
 * documented functional improvement), the treatment may continue up to {@code upTo} (no figure: the guideline
 * names none).
 *
 * @param lifts      the scopes of the limits it lifts ("a subsequent course within the general course" lifts only the
 *                   initial course); empty: every limit exceeded
 * @param confidence the confidence of this extension when it differs from its recommendation's, or null
 */
public record Extension(List<Criterion> requires, List<Limit> upTo, List<LimitScope> lifts, Confidence confidence,
        String note) {

    public Extension {
        requires = List.copyOf(requires);
        upTo = List.copyOf(upTo);
        lifts = List.copyOf(lifts);
        if (requires.isEmpty()) {
            throw new IllegalArgumentException("an extension needs at least one requirement");
        }
        note = Objects.requireNonNullElse(note, "");
    }

    /** Whether this extension lifts the given limit when exceeded. */
    public boolean lifts(Limit limit) {
        return lifts.isEmpty() || lifts.contains(limit.per());
    }
}
