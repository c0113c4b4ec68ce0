package org.openimr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class ApplicationStartsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void embeddedPostgresRunsTheMigrations() {
        String version = jdbc.sql("select current_setting('server_version')").query(String.class).single();
        assertThat(version).startsWith("17.");
        Integer tables = jdbc.sql("select count(*) from information_schema.tables where table_name = 'openimr_meta'")
                .query(Integer.class).single();
        assertThat(tables).isEqualTo(1);
    }
}
