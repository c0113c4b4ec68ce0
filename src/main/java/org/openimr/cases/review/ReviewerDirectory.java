package org.openimr.cases.review;

import java.util.Optional;

import org.openimr.reviewers.Reviewer;

/**
 * The reviewer behind a staff sign-in name, for the credentials of a letter. Until the panel is persisted
 * ({@code org.openimr.reviewers.ReviewerPanel#bySignInName}), {@link ListedReviewers} holds them.
 */
public interface ReviewerDirectory {

    Optional<Reviewer> bySignInName(String signInName);
}
