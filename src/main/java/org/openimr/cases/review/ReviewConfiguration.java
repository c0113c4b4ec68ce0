package org.openimr.cases.review;

import org.openimr.reviewers.ReviewerPanel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the review finds the reviewer behind a sign-in name: the panel. */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

    /** The panel's record of the reviewer linked to a staff sign-in name, for the credentials of a letter. */
    @Bean
    ReviewerDirectory reviewerDirectory(ReviewerPanel panel) {
        return panel::bySignInName;
    }
}
