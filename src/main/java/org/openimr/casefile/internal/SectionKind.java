package org.openimr.casefile.internal;

import java.util.Optional;

import org.openimr.casefile.Assertion;

/** The sections of a medical report, as far as they change how a fact under them is read. */
enum SectionKind {
    NONE, SUMMARY, HISTORY, SUBJECTIVE, PAST_HISTORY, FAMILY_SOCIAL_HISTORY, MEDICATIONS, ALLERGIES, EXAMINATION,
    STUDIES, DIAGNOSES, PLAN, WORK_STATUS;

    /** How a fact under this section reads when its sentence has no trigger of its own. */
    Optional<Assertion> defaultAssertion() {
        return switch (this) {
            case PAST_HISTORY -> Optional.of(Assertion.HISTORICAL);
            case PLAN -> Optional.of(Assertion.REQUESTED);
            default -> Optional.empty();
        };
    }

    /** Facts under it are not about the patient (family history) or are not taken (allergies). */
    boolean excludes(boolean medication) {
        return this == FAMILY_SOCIAL_HISTORY || (medication && this == ALLERGIES);
    }
}
