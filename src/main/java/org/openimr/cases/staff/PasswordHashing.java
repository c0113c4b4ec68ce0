package org.openimr.cases.staff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashes: bcrypt through DelegatingPasswordEncoder ({bcrypt}...), so the algorithm can change later. */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
