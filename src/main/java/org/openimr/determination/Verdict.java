package org.openimr.determination;

/** What the record shows of one guideline condition. */
public enum Verdict {
    /** The record documents that it holds. */
    MET,
    /** The record documents that it does not hold (or a limit is exceeded). */
    NOT_MET,
    /** The record does not say. */
    UNKNOWN;

    public Verdict not() {
        return this == MET ? NOT_MET : this == NOT_MET ? MET : UNKNOWN;
    }

    public Verdict and(Verdict other) {
        if (this == NOT_MET || other == NOT_MET) {
            return NOT_MET;
        }
        return this == MET && other == MET ? MET : UNKNOWN;
    }

    public Verdict or(Verdict other) {
        if (this == MET || other == MET) {
            return MET;
        }
        return this == NOT_MET && other == NOT_MET ? NOT_MET : UNKNOWN;
    }
}
