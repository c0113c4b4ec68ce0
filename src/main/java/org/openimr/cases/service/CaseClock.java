package org.openimr.cases.service;

import java.time.Clock;

import org.openimr.cases.FilingBasis;
import org.openimr.cases.FilingDeadlineRule;
import org.openimr.cases.Timeframes;
import org.openimr.shared.BusinessCalendar;
import org.springframework.beans.factory.annotation.Value;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Today, for deadlines and screening: the system clock in California's zone ({@link BusinessCalendar#ZONE}: a server
 * in UTC must not start the office's day at 4 pm) unless a test gives another; and the timeframes cases are
 * counted under, with the filing rule's date basis from {@code openimr.cases.filing-basis}: SERVICE (the rule in force:
 * 30 days from service of the UR decision, +5 for mail) or RECEIPT (the 2013 wording: 30 days from its receipt).
 */
@Configuration(proxyBeanMethods = false)
class CaseClock {
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(BusinessCalendar.ZONE);
    }

    @Bean
    Timeframes caseTimeframes(@Value("${openimr.cases.filing-basis:SERVICE}") FilingBasis basis) {
        return Timeframes.current().withFiling(new FilingDeadlineRule(basis, BusinessCalendar.california()));
    }
}
