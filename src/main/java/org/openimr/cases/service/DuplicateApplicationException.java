package org.openimr.cases.service;

import org.openimr.shared.CaseNumber;

/**
 * The application was already filed: same employee, claim, UR decision and no treatment the earlier one does not
 * already dispute ({@link org.openimr.cases.Duplicates}), and that case is still open. Nothing was stored.
 */
public class DuplicateApplicationException extends RuntimeException {

    private final CaseNumber duplicateOf;

    public DuplicateApplicationException(CaseNumber duplicateOf) {
        super("This application duplicates the one already filed as case " + duplicateOf.value()
                + " (same employee, claim, UR decision and disputed treatments); nothing was stored.");
        this.duplicateOf = duplicateOf;
    }

    public CaseNumber duplicateOf() {
        return duplicateOf;
    }
}
