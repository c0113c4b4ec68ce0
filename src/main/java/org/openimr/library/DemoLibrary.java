package org.openimr.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

import org.openimr.letters.FinalDeterminationLetter;
import org.openimr.letters.LetterParseException;
import org.openimr.letters.LetterParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo library: on the first start of the web application on an empty library, stores the synthetic letters of
 * {@code classpath:demo/letters/*.txt} so that there is something to search. Off with
 * {@code openimr.demo.enabled=false}. Several instances starting at once load it once: the check and the load run
 * under a PostgreSQL advisory lock, in one transaction.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "openimr.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoLibrary implements ApplicationRunner {

    static final String LETTERS = "classpath*:demo/letters/*.txt";
    /** The advisory lock key of the demo load ("OpenIMR" in ASCII). */
    static final long LOCK = 0x4f70656e494d52L;

    private static final Logger log = LoggerFactory.getLogger(DemoLibrary.class);

    private final LetterStore store;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DemoLibrary(LetterStore store, JdbcClient jdbc, TransactionTemplate transactions) {
        this.store = store;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            load();
        } catch (RuntimeException e) {
            log.error("Demo library not loaded: {}", e.getMessage(), e);
        }
    }

    /** Loads the demo letters if the library is empty; returns how many letters were stored. */
    int load() {
        Integer stored = transactions.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", LOCK).query((rs, n) -> 1).list();
            if (!store.isEmpty()) {
                return 0;
            }
            LetterParser parser = new LetterParser();
            int letters = 0;
            int items = 0;
            Resource[] resources = demoLetters();
            for (Resource resource : resources) {
                try {
                    String text = resource.getContentAsString(StandardCharsets.UTF_8);
                    FinalDeterminationLetter letter = parser.parseText(text);
                    StoreResult result = store.store(letter, LetterSource.ofText("demo/" + resource.getFilename(), text));
                    if (result.stored()) {
                        letters++;
                        items += result.items();
                    }
                } catch (LetterParseException | IOException e) {
                    log.warn("Demo letter {} skipped: {}", resource.getFilename(), e.getMessage());
                }
            }
            log.info("Demo library: stored {} synthetic letters ({} disputed items) of {} found in demo/letters"
                    + " (openimr.demo.enabled=false turns this off)", letters, items, resources.length);
            return letters;
        });
        return stored == null ? 0 : stored;
    }

    private static Resource[] demoLetters() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(LETTERS);
            Arrays.sort(found, Comparator.comparing(Resource::getFilename));
            return found;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not list " + LETTERS, e);
        }
    }
}
