package org.openimr.cases.review;

import java.util.Map;
import java.util.Optional;

import org.openimr.reviewers.Reviewer;

/** A {@link ReviewerDirectory} over a fixed list: sign-in name to reviewer. */
public record ListedReviewers(Map<String, Reviewer> bySignInName) implements ReviewerDirectory {

    public ListedReviewers {
        bySignInName = Map.copyOf(bySignInName);
    }

    public static ListedReviewers none() {
        return new ListedReviewers(Map.of());
    }

    @Override
    public Optional<Reviewer> bySignInName(String signInName) {
        return Optional.ofNullable(bySignInName.get(signInName));
    }
}
