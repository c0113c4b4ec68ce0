package org.openimr.cases.review;

import org.openimr.cases.assignment.ReviewSignatures;
import org.openimr.shared.CaseNumber;
import org.springframework.stereotype.Component;

/** Signatures as the review store keeps them. */
@Component
class StoredReviewSignatures implements ReviewSignatures {

    private final ReviewStore reviews;

    StoredReviewSignatures(ReviewStore reviews) {
        this.reviews = reviews;
    }

    @Override
    public boolean isSigned(CaseNumber caseNumber) {
        return reviews.load(caseNumber).isSigned();
    }
}
