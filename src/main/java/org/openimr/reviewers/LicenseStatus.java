package org.openimr.reviewers;

/** The status of a professional license as the licensing board reports it. */
public enum LicenseStatus {
    ACTIVE, INACTIVE, SUSPENDED, REVOKED;

    /** Suspension and revocation are board actions: they count as disciplinary history. */
    public boolean isBoardAction() {
        return this == SUSPENDED || this == REVOKED;
    }
}
