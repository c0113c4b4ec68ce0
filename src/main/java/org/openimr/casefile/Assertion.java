package org.openimr.casefile;

/**
 * How the record states a fact (NegEx/ConText reading of its sentence). A fact the record does not state at all is
 * not extracted: absent is not the same as {@link #NEGATED}.
 */
public enum Assertion {
    /** Stated as present now ("positive straight leg raise", "current medications include Norco"). */
    AFFIRMED,
    /** Stated as absent ("no evidence of radiculopathy", "denies numbness", "negative straight leg raise"). */
    NEGATED,
    /** Stated as past ("status post lumbar fusion", "history of", "prior", "previously", "underwent"). */
    HISTORICAL,
    /** Requested, planned or recommended, not (yet) done ("request for MRI", "treatment plan included PT 3x4"). */
    REQUESTED;

    /** Affirmed or historical: the thing is or was there, as opposed to negated or merely requested. */
    public boolean isPresentOrPast() {
        return this == AFFIRMED || this == HISTORICAL;
    }
}
