package org.openimr.cases.staff;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Demo staff, one per role (intake, reviewer, director, admin), made at the first start on the embedded default
 * database only, never on a production database. Their password is {@code OPENIMR_DEMO_PASSWORD} when set, otherwise
 * generated and printed once, at the start that creates them.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@ConditionalOnProperty(name = "openimr.demo.enabled", havingValue = "true", matchIfMissing = true)
@Order(10)
class DemoStaff implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);

    static final Map<String, Role> USERS = new LinkedHashMap<>();

    static {
        USERS.put("intake", Role.INTAKE);
        USERS.put("reviewer", Role.REVIEWER);
        USERS.put("director", Role.MEDICAL_DIRECTOR);
        USERS.put("admin", Role.ADMIN);
    }

    private final StaffUsers users;
    private final String configured;
    private final boolean embedded;

    DemoStaff(StaffUsers users, org.springframework.core.env.Environment env, ObjectProvider<EmbeddedPostgres> pg) {
        this.users = users;
        this.embedded = pg.getIfAvailable() != null;
        this.configured = env.getProperty("OPENIMR_DEMO_PASSWORD", env.getProperty("openimr.demo.password", ""));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!embedded || users.count() > 0) {
            return;
        }
        boolean generated = configured.isBlank();
        String password = generated ? StaffUsers.generatePassword() : configured;
        int added = 0;
        for (Map.Entry<String, Role> user : USERS.entrySet()) {
            added += users.add(user.getKey(), password, user.getValue()) ? 1 : 0;
        }
        if (added > 0) {
            String banner = "Demo staff created (" + String.join(", ", USERS.keySet()) + "); password: "
                    + (generated ? password + "  (generated: shown this once; set OPENIMR_DEMO_PASSWORD to choose one)"
                            : "from OPENIMR_DEMO_PASSWORD");
            System.out.println(banner);
            log.info("Demo staff created: {}", USERS.keySet());
        }
    }
}
