package org.openimr.reviewers;

/** The DWC's treatment-request categories (reference/imr-process.md §1.13). */
public enum RequestCategory {
    DIAGNOSTIC_TESTING("Diagnostic Testing"),
    DMEPOS("DMEPOS"),
    EVALUATION_AND_MANAGEMENT("Evaluation & Management"),
    HOME_HEALTH("Home Health"),
    INJECTION("Injection"),
    PHARMACEUTICALS("Pharmaceuticals"),
    PROGRAMS("Programs"),
    PSYCH_SERVICES("Psych Services"),
    REHABILITATION("Rehabilitation"),
    SURGERY("Surgery"),
    THERAPIES("Therapies"),
    TRANSPORTATION("Transportation");

    private final String label;

    RequestCategory(String label) {
        this.label = label;
    }

    /** The DWC's label, e.g. "Diagnostic Testing". */
    public String label() {
        return label;
    }

    public static RequestCategory fromLabel(String label) {
        for (RequestCategory c : values()) {
            if (c.label.equalsIgnoreCase(label.strip()) || c.name().equalsIgnoreCase(label.strip())) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a DWC request category: " + label);
    }
}
