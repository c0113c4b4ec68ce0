package org.openimr.determination;

import java.util.Optional;

import org.openimr.shared.Outcome;

/** What a draft proposes for a disputed item: an outcome, or REFER when the record does not allow a decision. */
public enum DraftOutcome {
    UPHELD, OVERTURNED, REFER;

    /** The outcome this draft proposes, or empty for REFER. */
    public Optional<Outcome> outcome() {
        return switch (this) {
            case UPHELD -> Optional.of(Outcome.UPHELD);
            case OVERTURNED -> Optional.of(Outcome.OVERTURNED);
            case REFER -> Optional.empty();
        };
    }
}
