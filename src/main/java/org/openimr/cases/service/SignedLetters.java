package org.openimr.cases.service;

import org.openimr.letters.AddressedLetter;
import org.openimr.shared.CaseNumber;

/**
 * Where the issuing of letters gets the letter of a case: the letter made from the case's signed review (the
 * reviewer's workspace, {@code cases.review.CaseLetters}, provides it).
 */
public interface SignedLetters {

    /**
     * The letter of a case whose review is signed.
     *
     * @throws org.openimr.cases.issue.IssueFailure.NotSigned when the case has no signed review
     */
    AddressedLetter letterFor(CaseNumber caseNumber);
}
