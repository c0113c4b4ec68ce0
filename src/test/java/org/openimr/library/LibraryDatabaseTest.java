package org.openimr.library;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The library's tests against the real PostgreSQL (embedded, data under target/test-pg-library), with the web on a
 * random port; every test starts from an empty library. All library tests share this one configuration, so one
 * application context (one database server) serves them all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"openimr.embedded-db.data-dir=./target/test-pg-library", "openimr.demo.enabled=false"})
public abstract class LibraryDatabaseTest {

    @Autowired
    protected JdbcClient jdbc;

    @BeforeEach
    void emptyTheLibrary() {
        jdbc.sql("TRUNCATE library_letter, library_item RESTART IDENTITY").update();
        jdbc.sql("DELETE FROM openimr_meta WHERE key LIKE 'library.%'").update();
    }
}
