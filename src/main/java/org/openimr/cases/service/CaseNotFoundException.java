package org.openimr.cases.service;

import org.openimr.shared.CaseNumber;

/** No such case, or none the user may see (the two are not told apart). */
public class CaseNotFoundException extends RuntimeException {
    public CaseNotFoundException(CaseNumber n) {
        super("No case " + n + " was found.");
    }
}
