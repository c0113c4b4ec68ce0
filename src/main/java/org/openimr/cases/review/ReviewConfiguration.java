package org.openimr.cases.review;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The review's beans that have no home of their own yet. */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

    /**
     * No reviewer records until the panel is persisted (branch panel's {@code ReviewerPanel}): a letter then fails,
     * naming the sign-in name it found no reviewer for.
     */
    @Bean
    ReviewerDirectory reviewerDirectory() {
        return ListedReviewers.none();
    }
}
