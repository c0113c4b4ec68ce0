package org.openimr.cases.service;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Today, for deadlines and screening: the system clock unless a test gives another. */
@Configuration(proxyBeanMethods = false)
class CaseClock {
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
