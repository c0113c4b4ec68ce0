package org.openimr.cases.review;

import org.openimr.shared.CaseNumber;

/** The letter of a case was asked for before its reviewer signed the review. */
public class ReviewNotSignedException extends RuntimeException {

    public ReviewNotSignedException(CaseNumber caseNumber) {
        super("Case " + caseNumber + " has no signed review yet: its Final Determination Letter can be made only "
                + "after the assigned reviewer signs.");
    }
}
