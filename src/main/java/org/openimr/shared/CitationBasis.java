package org.openimr.shared;

/** What a guideline line rests on: the MTUS, only sources outside it, or nothing at all. */
public enum CitationBasis {
    /** The line cites the MTUS (possibly beside other sources). */
    MTUS,
    /** The line cites only sources outside the MTUS (ODG, UpToDate, ...). */
    NON_MTUS,
    /** The line says that no medical evidence was cited. */
    NONE
}
