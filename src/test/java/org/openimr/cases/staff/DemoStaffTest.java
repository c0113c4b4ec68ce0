package org.openimr.cases.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo staff of the embedded default database: one user per role, with the password of {@code
 * OPENIMR_DEMO_PASSWORD} when it is set, otherwise a generated one printed once; never on an external database; every
 * password stored as a bcrypt hash. Each test starts from an empty {@code staff_users} table of its own database.
 */
@SpringBootTest(properties = {"openimr.embedded-db.data-dir=./target/test-pg-demo-staff", "openimr.demo.enabled=false",
        "openimr.sweep.enabled=false"})
@ExtendWith(OutputCaptureExtension.class)
class DemoStaffTest {

    static final Pattern GENERATED = Pattern.compile(
            "Demo staff created \\(intake, reviewer, director, admin\\); password: ([A-Za-z0-9_-]{19})  "
                    + "\\(generated: shown this once; set OPENIMR_DEMO_PASSWORD to choose one\\)");

    @Autowired
    StaffUsers users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectProvider<EmbeddedPostgres> embedded;

    @BeforeEach
    void noStaffYet() {
        jdbc.sql("delete from api_tokens").update();
        jdbc.sql("delete from staff_users").update();
    }

    @Test
    void thePasswordOfTheEnvironmentIsUsedAndNotPrinted(CapturedOutput output) {
        demoStaff(Map.of("OPENIMR_DEMO_PASSWORD", "chosen-demo-password"), embedded).run(noArguments());

        assertThat(stored()).containsExactly("admin ADMIN", "director MEDICAL_DIRECTOR", "intake INTAKE",
                "reviewer REVIEWER");
        for (String user : List.of("intake", "reviewer", "director", "admin")) {
            assertThat(encoder.matches("chosen-demo-password", users.loadUserByUsername(user).getPassword()))
                    .as(user).isTrue();
        }
        assertThat(output.getOut()).contains("Demo staff created (intake, reviewer, director, admin); password: "
                + "from OPENIMR_DEMO_PASSWORD").doesNotContain("chosen-demo-password");
    }

    @Test
    void withoutTheEnvironmentAGeneratedPasswordIsPrintedOnceAtTheStartThatCreatesTheUsers(CapturedOutput output) {
        demoStaff(Map.of(), embedded).run(noArguments());
        Matcher printed = GENERATED.matcher(output.getOut());
        assertThat(printed.find()).as(output.getOut()).isTrue();
        String password = printed.group(1);
        assertThat(printed.find()).as("printed once").isFalse();
        for (String user : List.of("intake", "reviewer", "director", "admin")) {
            assertThat(encoder.matches(password, users.loadUserByUsername(user).getPassword())).as(user).isTrue();
        }

        // the next start finds the users and prints nothing: the password was shown that once
        int before = output.getOut().length();
        demoStaff(Map.of(), embedded).run(noArguments());
        assertThat(output.getOut().substring(before)).doesNotContain("Demo staff").doesNotContain(password);
        assertThat(users.count()).isEqualTo(4);
    }

    @Test
    void onAnExternalDatabaseNoDemoUserIsCreated(CapturedOutput output) {
        // with spring.datasource.url set no EmbeddedPostgres bean exists: that absence is what DemoStaff reads
        ObjectProvider<EmbeddedPostgres> external = new DefaultListableBeanFactory()
                .getBeanProvider(EmbeddedPostgres.class);
        demoStaff(Map.of("OPENIMR_DEMO_PASSWORD", "chosen-demo-password"), external).run(noArguments());
        demoStaff(Map.of(), external).run(noArguments());

        assertThat(users.count()).isZero();
        assertThat(output.getOut()).doesNotContain("Demo staff");
    }

    @Test
    void everyStoredPasswordIsABcryptHashNeverThePassword() {
        demoStaff(Map.of("OPENIMR_DEMO_PASSWORD", "chosen-demo-password"), embedded).run(noArguments());
        users.add("intake2", "another-password", Role.INTAKE);

        List<String> hashes = jdbc.sql("select password from staff_users order by username").query(String.class)
                .list();
        assertThat(hashes).hasSize(5).allSatisfy(hash -> {
            assertThat(hash).startsWith("{bcrypt}$2a$10$").hasSize("{bcrypt}".length() + 60);
            assertThat(hash).doesNotContain("chosen-demo-password").doesNotContain("another-password");
        });
        assertThat(hashes).doesNotHaveDuplicates();
    }

    private DemoStaff demoStaff(Map<String, Object> environmentVariables, ObjectProvider<EmbeddedPostgres> pg) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        environmentVariables));
        return new DemoStaff(users, env, pg);
    }

    private List<String> stored() {
        return jdbc.sql("select username || ' ' || role from staff_users order by username").query(String.class)
                .list();
    }

    private static DefaultApplicationArguments noArguments() {
        return new DefaultApplicationArguments();
    }
}
