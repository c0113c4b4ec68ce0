package org.openimr.cases.assignment;

import org.openimr.shared.CaseNumber;

/** Whether the review of a case is signed: a signed review keeps its reviewer (the review package answers). */
public interface ReviewSignatures {

    boolean isSigned(CaseNumber caseNumber);
}
