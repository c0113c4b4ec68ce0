package org.openimr.library;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** For tests outside this package: a library holding exactly the demo letters. */
public final class DemoLibraryFixture {

    private DemoLibraryFixture() {
    }

    /** Empties the library and loads the demo letters, unless it holds exactly them already. */
    public static void ensureDemoLibrary(LetterStore store, JdbcClient jdbc, TransactionTemplate transactions) {
        long demo = jdbc.sql("SELECT count(*) FROM library_letter WHERE source_name LIKE 'demo/%'")
                .query(Long.class).single();
        if (demo == 30 && store.countLetters() == 30) {
            return;
        }
        jdbc.sql("TRUNCATE library_letter, library_item").update();
        new DemoLibrary(store, jdbc, transactions).load();
    }
}
