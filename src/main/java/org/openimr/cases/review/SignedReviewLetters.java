package org.openimr.cases.review;

import org.openimr.cases.issue.IssueFailure;
import org.openimr.cases.service.SignedLetters;
import org.openimr.letters.AddressedLetter;
import org.openimr.shared.CaseNumber;
import org.springframework.stereotype.Component;

/** The letters the issuing checks and issues: those {@link CaseLetters} makes from signed reviews. */
@Component
class SignedReviewLetters implements SignedLetters {

    private final CaseLetters letters;

    SignedReviewLetters(CaseLetters letters) {
        this.letters = letters;
    }

    @Override
    public AddressedLetter letterFor(CaseNumber caseNumber) {
        try {
            return letters.letterFor(caseNumber);
        } catch (ReviewNotSignedException notSigned) {
            throw new IssueFailure.NotSigned(caseNumber);
        }
    }
}
