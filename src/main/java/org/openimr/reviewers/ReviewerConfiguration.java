package org.openimr.reviewers;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The module's beans: the matcher of the shipped data files, the attestation key, and the assigner on the
 * application's clock.
 */
@Configuration(proxyBeanMethods = false)
class ReviewerConfiguration {

    @Bean
    ReviewerMatcher reviewerMatcher() {
        return ReviewerMatcher.standard();
    }

    /**
     * The key of {@code openimr.reviewers.attestation-key} (base64, at least 32 bytes) when set; otherwise the one in
     * the database, made at first use.
     */
    @Bean
    AttestationKey attestationKey(JdbcClient jdbc,
            @Value("${openimr.reviewers.attestation-key:}") String configured) {
        if (!configured.isBlank()) {
            return AttestationKey.of(Base64.getDecoder().decode(configured.strip()));
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        jdbc.sql("insert into reviewer_attestation_key (id, secret) values (1, ?) on conflict do nothing")
                .param(secret).update();
        return AttestationKey.of(jdbc.sql("select secret from reviewer_attestation_key where id = 1")
                .query(byte[].class).single());
    }

    @Bean
    ReviewerAssigner reviewerAssigner(ReviewerMatcher matcher, AttestationKey key, Clock clock) {
        return new ReviewerAssigner(matcher, key, clock);
    }
}
