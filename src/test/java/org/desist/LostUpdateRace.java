package org.desist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.desist.platform.StaleRecordException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two saves of the same record, both from the version they read, made to overlap deterministically: save A runs
 * in a transaction on one thread and, before it commits, save B starts on another thread; A commits only once B
 * is blocked on A's row lock (seen in {@code pg_stat_activity}, polled for at most 10 s). With the version in the
 * update's condition B then finds no row and is stale; with a check in Java only, B overwrites A.
 */
@Component
public class LostUpdateRace {

    private static final Duration BOUND = Duration.ofSeconds(10);

    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final TestData data;

    LostUpdateRace(TransactionTemplate transactions, JdbcClient jdbc, TestData data) {
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.data = data;
    }

    /** What each save returned or threw. */
    public record Outcome(Object a, Throwable aFailure, Object b, Throwable bFailure, boolean bWaitedForA) {

        /** A won, B was told it was stale. */
        public StaleRecordException loserIsStale() {
            assertThat(aFailure).as("save A").isNull();
            assertThat(bWaitedForA).as("save B waited for A's row lock").isTrue();
            assertThat(bFailure)
                    .as("save B, from the same version, after A committed")
                    .isInstanceOf(StaleRecordException.class);
            return (StaleRecordException) bFailure;
        }
    }

    /** Both saves signed in as {@code username}. */
    public Outcome race(String username, Supplier<?> saveA, Supplier<?> saveB) {
        return race(username, username, saveA, saveB);
    }

    public Outcome race(String userA, String userB, Supplier<?> saveA, Supplier<?> saveB) {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch aSaved = new CountDownLatch(1);
            CountDownLatch commitA = new CountDownLatch(1);
            AtomicInteger aPid = new AtomicInteger();
            CompletableFuture<Object> a = CompletableFuture.supplyAsync(
                    () -> signedIn(
                            userA,
                            () -> transactions.execute(status -> {
                                aPid.set(jdbc.sql("select pg_backend_pid()")
                                        .query(Integer.class)
                                        .single());
                                try {
                                    return saveA.get();
                                } finally {
                                    aSaved.countDown();
                                    await(commitA);
                                }
                            })),
                    threads);
            await(aSaved);
            if (a.isDone()) { // A failed before it could hold a lock
                commitA.countDown();
                return new Outcome(null, failure(a), null, null, false);
            }
            CompletableFuture<Object> b = CompletableFuture.supplyAsync(
                    () -> signedIn(userB, () -> transactions.execute(status -> saveB.get())), threads);
            boolean blocked = false;
            long deadline = System.nanoTime() + BOUND.toNanos();
            while (!b.isDone() && System.nanoTime() < deadline) {
                blocked = jdbc.sql("""
                                select count(*) from pg_stat_activity
                                 where wait_event_type = 'Lock' and :a = any(pg_blocking_pids(pid))
                                """).param("a", aPid.get()).query(Long.class).single() > 0;
                if (blocked) {
                    break;
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            }
            commitA.countDown();
            Object aResult = result(a);
            Throwable aFailure = failure(a);
            return new Outcome(aResult, aFailure, result(b), failure(b), blocked);
        } finally {
            threads.shutdownNow();
        }
    }

    private Object signedIn(String username, Supplier<Object> work) {
        data.actAs(username);
        try {
            return work.get();
        } finally {
            TestData.signOut();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(BOUND.toSeconds() * 2, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The race did not reach its next step in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Object result(CompletableFuture<Object> save) {
        try {
            return save.get(BOUND.toSeconds() * 2, TimeUnit.SECONDS);
        } catch (Exception e) {
            return null;
        }
    }

    private static Throwable failure(CompletableFuture<Object> save) {
        try {
            save.get(BOUND.toSeconds() * 2, TimeUnit.SECONDS);
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            return e;
        }
    }
}
