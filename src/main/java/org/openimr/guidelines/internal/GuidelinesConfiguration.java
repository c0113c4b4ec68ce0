package org.openimr.guidelines.internal;

import org.openimr.guidelines.GuidelineCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Exposes the shipped guideline catalogue as a bean; loading fails the start-up if the data is wrong. */
@Configuration(proxyBeanMethods = false)
class GuidelinesConfiguration {

    @Bean
    GuidelineCatalogue guidelineCatalogue() {
        return GuidelineCatalogue.loadDefault();
    }
}
