package org.openimr.reviewers;

/** Where a disciplinary matter stands. */
public enum DisciplinaryStatus {
    /** An accusation or investigation is open; no decision yet. */
    PENDING,
    /** The board took action (probation, reprimand, suspension, revocation, restriction), whether over or not. */
    ACTION_TAKEN,
    /** Closed with no action: not disciplinary history. */
    DISMISSED
}
