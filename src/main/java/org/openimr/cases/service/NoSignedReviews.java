package org.openimr.cases.service;

import org.openimr.cases.issue.IssueFailure;
import org.openimr.letters.AddressedLetter;
import org.openimr.shared.CaseNumber;
import org.springframework.stereotype.Component;

/**
 * The {@link SignedLetters} until the reviewer's workspace provides signed reviews: no case has one yet. Replaced at
 * the merge of the review branch by its {@code CaseLetters}.
 */
@Component
class NoSignedReviews implements SignedLetters {

    @Override
    public AddressedLetter letterFor(CaseNumber caseNumber) {
        throw new IssueFailure.NotSigned(caseNumber);
    }
}
