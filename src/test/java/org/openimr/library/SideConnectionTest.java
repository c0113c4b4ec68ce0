package org.openimr.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

class SideConnectionTest extends LibraryDatabaseTest {

    private static final String KEY = "library.side-connection-test";
    private static final String SETTING = "SET LOCAL work_mem = '8MB'";

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aPartOnASecondConnectionSeesTheCallersSnapshotNotWhatCommittedSince() {
        SideConnection side = new SideConnection(jdbc, transactions, 2);
        TransactionTemplate another = new TransactionTemplate(transactions.getTransactionManager());
        another.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        long[] seen = transactions.execute(status -> {
            SideConnection.Sharing sharing = side.share(status, SETTING);
            long before = markers(); // the snapshot is taken here
            assertThat(jdbc.sql("SELECT current_setting('work_mem') || ' ' || current_setting('transaction_isolation')")
                    .query(String.class).single()).isEqualTo("8MB repeatable read");
            another.execute(s -> jdbc.sql("INSERT INTO openimr_meta (key, value) VALUES (:k, 'x')").param("k", KEY)
                    .update());
            SideConnection.Part<Long> part = sharing.start(this::markers);
            awaitTaken(part);
            long onSide = part.join();
            assertThat(part.ranOnSecondConnection()).isTrue();
            return new long[] {before, onSide, markers()};
        });

        assertThat(seen).containsExactly(0, 0, 0);
        assertThat(markers()).isEqualTo(1);
    }

    @Test
    void withoutWorkersTheCallerRunsThePart() {
        SideConnection side = new SideConnection(jdbc, transactions, 0);

        SideConnection.Part<Long> part = transactions.execute(status -> side.share(status, SETTING).start(this::markers));
        assertThat(part.taken()).isFalse();
        assertThat(part.join()).isZero();
        assertThat(part.ranOnSecondConnection()).isFalse();
    }

    @Test
    void inATransactionAlreadyRunningTheCallerRunsThePartAndSeesItsOwnWrites() {
        SideConnection side = new SideConnection(jdbc, transactions, 2);

        long seen = transactions.execute(outer -> {
            jdbc.sql("INSERT INTO openimr_meta (key, value) VALUES (:k, 'x')").param("k", KEY).update();
            return transactions.execute(inner -> {
                SideConnection.Part<Long> part = side.share(inner, SETTING).start(this::markers);
                long n = part.join();
                assertThat(part.ranOnSecondConnection()).isFalse();
                outer.setRollbackOnly();
                return n;
            });
        });

        assertThat(seen).isEqualTo(1);
        assertThat(markers()).isZero();
    }

    private long markers() {
        return jdbc.sql("SELECT count(*) FROM openimr_meta WHERE key = :k").param("k", KEY).query(Long.class).single();
    }

    private static void awaitTaken(SideConnection.Part<?> part) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!part.taken() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }
}
