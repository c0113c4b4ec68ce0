package org.openimr.casefile;

/** Treatments given in sessions (visits) and counted against the guidelines' visit limits. */
public enum Modality {
    PHYSICAL_THERAPY, OCCUPATIONAL_THERAPY, AQUATIC_THERAPY, CHIROPRACTIC, ACUPUNCTURE, MASSAGE, PSYCHOTHERAPY,
    WORK_CONDITIONING, FUNCTIONAL_RESTORATION;

    /**
     * Physical therapy, occupational therapy and aquatic therapy share one visit budget (CPMTG pp. 22, 98-99);
     * chiropractic manipulation has its own (CPMTG pp. 58-60).
     */
    public boolean isPhysicalMedicine() {
        return this == PHYSICAL_THERAPY || this == OCCUPATIONAL_THERAPY || this == AQUATIC_THERAPY;
    }
}
