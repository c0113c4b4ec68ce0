package org.openimr.guidelines;

/** What a recommendation says of the treatment it addresses. */
public enum Strength {
    /** Recommended without conditions beyond its applicability and limits. */
    RECOMMENDED,
    /** Recommended (often "as an option") when its criteria hold, within its limits. */
    RECOMMENDED_WITH_CRITERIA,
    /** Not recommended; such a recommendation has no criteria, only applicability. */
    NOT_RECOMMENDED
}
