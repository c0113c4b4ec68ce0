package org.openimr.cases;

import org.openimr.shared.CaseNumber;

/** Hands out case numbers in the CMyy-nnnnnnn form, one sequence per year. */
public interface CaseNumberSequence {

    /** The next unused number of {@code year} (a four-digit year; the number carries its last two digits). */
    CaseNumber next(int year);
}
