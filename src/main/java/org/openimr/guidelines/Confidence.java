package org.openimr.guidelines;

/**
 * How sure the data is of a rule, with the tags of the project's reference {@code mtus-criteria.md} §0.1.
 * Anything below {@link #R1} must be checked against the official guideline text before it decides a case.
 */
public enum Confidence {
    /** Checked in a public copy of the source. */
    V,
    /** Stated in the seed IMR letter. */
    S,
    /** Recalled guideline text with high confidence (quoted verbatim and often in IMR/UR letters). */
    R1,
    /** Recalled with medium confidence: the number or page may be a little off. */
    R2,
    /** Low confidence or inferred: verify before use. */
    R3,
    /** Not MTUS: Official Disability Guidelines text that reviewers fall back on when the MTUS is silent. */
    ODG;

    /** True for the tags a reviewer can rely on without first checking the official text (V, S, R1). */
    public boolean isReliable() {
        return this == V || this == S || this == R1;
    }
}
