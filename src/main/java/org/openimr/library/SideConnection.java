package org.openimr.library;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one part of a search on a second pooled connection while the caller's connection does another part, both in
 * the same snapshot of the library (the caller's transaction exports it, PostgreSQL's {@code pg_export_snapshot}),
 * so the two parts see exactly the same items. A search is CPU work on the database; on two cores the two parts take
 * about as long as the longer one instead of their sum.
 *
 * <p>Whoever is free first runs the part: a worker thread that has its connection, or the caller once its own part
 * is done. A worker that gets its connection late finds the part taken and gives the connection back. So a search
 * never waits for a connection that other searches hold (no deadlock when the pool runs dry), and when no worker is
 * free it runs its parts one after the other, as before.
 */
final class SideConnection {

    private static final Pattern SNAPSHOT_ID = Pattern.compile("[0-9A-F]+-[0-9A-F]+(-[0-9]+)?");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ThreadPoolExecutor workers;

    /**
     * @param workers at most this many parts run on second connections at once; the others run in the caller (0:
     *                every part runs in the caller)
     */
    SideConnection(JdbcClient jdbc, TransactionTemplate transactions, int workers) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        AtomicInteger number = new AtomicInteger();
        this.workers = workers == 0 ? null : new ThreadPoolExecutor(0, workers, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, "search-side-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, (task, executor) -> {
            // every worker busy: the caller will run the part itself
        });
    }

    /**
     * Begins the transaction of {@code status} as one whose snapshot a second connection can share (repeatable read,
     * read only); call it before the transaction's first statement. A transaction that joined one already running
     * runs its parts itself: the caller's transaction may have written what a second connection would not see.
     *
     * @param settings statements without parameters sent with the first (SET LOCAL ...), saving a round trip
     */
    Sharing share(TransactionStatus status, String settings) {
        if (!status.isNewTransaction()) {
            jdbc.sql(settings).update();
            return new Sharing(false);
        }
        jdbc.sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY; " + settings).update();
        return new Sharing(true);
    }

    /** A transaction whose parts may run on second connections. */
    final class Sharing {

        private final boolean shareable;

        private Sharing(boolean shareable) {
            this.shareable = shareable;
        }

        /**
         * Starts {@code part} on a second connection in this transaction's snapshot. The part must only use the
         * connection of the thread it runs in (JdbcClient does).
         */
        <T> Part<T> start(Supplier<T> part) {
            return shareable ? SideConnection.this.start(part) : new Part<>(part);
        }
    }

    private <T> Part<T> start(Supplier<T> part) {
        Part<T> started = new Part<>(part);
        if (workers == null) {
            return started;
        }
        String snapshot = jdbc.sql("SELECT pg_export_snapshot()").query(String.class).single();
        if (!SNAPSHOT_ID.matcher(snapshot).matches()) {
            throw new IllegalStateException("unexpected snapshot id " + snapshot);
        }
        workers.execute(() -> {
            try {
                started.result.complete(transactions.execute(status -> {
                    if (!started.claimed.compareAndSet(false, true)) {
                        return null; // the caller ran it
                    }
                    started.onSecondConnection = true;
                    jdbc.sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY; SET TRANSACTION SNAPSHOT '"
                            + snapshot + "'").update();
                    return part.get();
                }));
            } catch (RuntimeException | Error e) {
                started.result.completeExceptionally(e);
            }
        });
        return started;
    }

    /** A part of a search started on a second connection. */
    static final class Part<T> {

        private final Supplier<T> part;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<T> result = new CompletableFuture<>();
        private volatile boolean onSecondConnection;

        private Part(Supplier<T> part) {
            this.part = part;
        }

        /**
         * The part's result: waits for the worker that runs it, or, when no worker has started it yet, runs it here
         * on the caller's connection.
         */
        T join() {
            if (claimed.compareAndSet(false, true)) {
                return part.get();
            }
            try {
                return result.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error r) {
                    throw r;
                }
                throw e;
            }
        }

        /** The part is not needed: a worker that has not started it yet leaves it. */
        void abandon() {
            claimed.set(true);
        }

        /** Whether a worker or the caller has taken the part (for tests). */
        boolean taken() {
            return claimed.get();
        }

        /** Whether a worker ran the part (for tests). */
        boolean ranOnSecondConnection() {
            return onSecondConnection;
        }
    }
}
