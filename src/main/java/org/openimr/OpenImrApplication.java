package org.openimr;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Spring application. Commands that only read files never start it; {@code serve} starts it with the web,
 * commands that need the database start it without.
 */
@SpringBootApplication
@EnableScheduling
public class OpenImrApplication {

    /** Starts the application with the web server (the {@code serve} command). */
    public static ConfigurableApplicationContext startWeb(String... args) {
        return new SpringApplication(OpenImrApplication.class).run(args);
    }

    /** Starts the application without a web server, for commands that need the database. */
    public static ConfigurableApplicationContext startWithoutWeb(String... args) {
        SpringApplication app = new SpringApplication(OpenImrApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setAdditionalProfiles("cli");
        return app.run(args);
    }
}
