package org.openimr.cases.review;

import java.util.Optional;

import org.openimr.reviewers.Reviewer;

/**
 * The reviewer behind a staff sign-in name, for the credentials of a letter: in the application the panel
 * ({@link org.openimr.reviewers.ReviewerPanel#bySignInName}).
 */
public interface ReviewerDirectory {

    Optional<Reviewer> bySignInName(String signInName);
}
