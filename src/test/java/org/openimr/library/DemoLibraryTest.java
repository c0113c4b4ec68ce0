package org.openimr.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class DemoLibraryTest extends LibraryDatabaseTest {

    @Autowired
    LetterStore store;
    @Autowired
    TransactionTemplate transactions;

    DemoLibrary demo() {
        return new DemoLibrary(store, jdbc, transactions);
    }

    @Test
    void anEmptyLibraryGetsTheDemoLettersOnce() {
        assertThat(demo().load()).isEqualTo(30);
        assertThat(store.countLetters()).isEqualTo(30);

        assertThat(demo().load()).isZero();
        assertThat(store.countLetters()).isEqualTo(30);
    }

    @Test
    void twoInstancesStartingAtOnceLoadItOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> loads = pool.invokeAll(List.<Callable<Integer>>of(() -> demo().load(),
                    () -> demo().load()));
            assertThat(loads.get(0).get() + loads.get(1).get()).isEqualTo(30);
            assertThat(List.of(loads.get(0).get(), loads.get(1).get())).contains(0);
        } finally {
            pool.shutdown();
        }
        assertThat(store.countLetters()).isEqualTo(30);
    }

    @Test
    void aLibraryWithLettersGetsNoDemo() {
        Letters.Builder one = Letters.letter("CM17-0000001");
        store.store(one.build(), one.source());
        assertThat(demo().load()).isZero();
        assertThat(store.countLetters()).isEqualTo(1);
    }

    @Test
    void onByDefaultInTheWebApplicationOffByPropertyAndNeverInTheCommandLine() {
        WebApplicationContextRunner web = new WebApplicationContextRunner().withUserConfiguration(DemoLibrary.class)
                .withBean(LetterStore.class, () -> mock(LetterStore.class))
                .withBean(JdbcClient.class, () -> mock(JdbcClient.class))
                .withBean(TransactionTemplate.class, () -> mock(TransactionTemplate.class));
        web.run(context -> assertThat(context).hasSingleBean(DemoLibrary.class));
        web.withPropertyValues("openimr.demo.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(DemoLibrary.class));
        new ApplicationContextRunner().withUserConfiguration(DemoLibrary.class)
                .withBean(LetterStore.class, () -> mock(LetterStore.class))
                .run(context -> assertThat(context).doesNotHaveBean(DemoLibrary.class));
    }
}
