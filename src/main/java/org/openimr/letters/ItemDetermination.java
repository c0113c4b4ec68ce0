package org.openimr.letters;

import java.util.Objects;

import org.openimr.shared.GuidelineCitation;
import org.openimr.shared.Outcome;

/**
 * One disputed item of a letter: the request, its outcome, the two guideline lines and the rationale.
 * {@code claimsAdministratorGuideline} is null where the layout does not state what the claims administrator relied
 * on (the "MEDICAL PROFESSIONAL REVIEW" layout names only the reviewer's guidelines); a letter that says the claims
 * administrator cited nothing gives a citation with basis NONE instead.
 */
public record ItemDetermination(DisputedRequest request, Outcome outcome,
        GuidelineCitation claimsAdministratorGuideline, GuidelineCitation reviewerGuideline, String rationale) {

    public ItemDetermination {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reviewerGuideline, "reviewer guideline");
        rationale = rationale == null ? "" : rationale;
    }
}
