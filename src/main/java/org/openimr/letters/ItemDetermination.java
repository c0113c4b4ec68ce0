package org.openimr.letters;

import java.util.Objects;

import org.openimr.shared.GuidelineCitation;
import org.openimr.shared.Outcome;

/** One disputed item of a letter: the request, its outcome, the two guideline lines and the rationale. */
public record ItemDetermination(DisputedRequest request, Outcome outcome,
        GuidelineCitation claimsAdministratorGuideline, GuidelineCitation reviewerGuideline, String rationale) {

    public ItemDetermination {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(claimsAdministratorGuideline, "claims administrator guideline");
        Objects.requireNonNull(reviewerGuideline, "reviewer guideline");
        rationale = rationale == null ? "" : rationale;
    }
}
