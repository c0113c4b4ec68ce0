package org.openimr.cases.review;

import org.openimr.letters.AddressedLetter;
import org.openimr.shared.CaseNumber;
import org.springframework.stereotype.Service;

/**
 * The Final Determination Letter of a case, made from its signed review: the current layout
 * ({@code Layout.HEADER_2016}) and the parties it is addressed to.
 */
@Service
public class CaseLetters {

    /**
     * The letter of a case whose review is signed.
     *
     * @throws ReviewNotSignedException when the case has no signed review
     */
    public AddressedLetter letterFor(CaseNumber caseNumber) {
        throw new ReviewNotSignedException(caseNumber);
    }
}
