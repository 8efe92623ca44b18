package com.loyaltykpi.core.settings;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lock makes a second taker wait until the holder's transaction ends, on HSQLDB in MVCC mode too (the sample
 * shop's database), where SELECT ... FOR UPDATE lets a second transaction through at once.
 */
class ClusterLockTest {

    @Test
    void aSecondTakerWaitsUntilTheHolderCommitsOnHsqldbInMvccMode() throws Exception {
        DriverManagerDataSource data = new DriverManagerDataSource("jdbc:hsqldb:mem:clusterlock;hsqldb.tx=mvcc", "SA", "");
        JdbcTemplate jdbc = new JdbcTemplate(data);
        jdbc.execute("CREATE TABLE LK_LOCK (NAME VARCHAR(64) PRIMARY KEY)");
        ClusterLock lock = new ClusterLock(jdbc, "rollup");
        lock.createRows();
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(data));
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean holderDone = new AtomicBoolean();
        Thread holder = new Thread(() -> transaction.execute(status -> {
            lock.lock("rollup");
            held.countDown();
            await(release);
            holderDone.set(true);
            return null;
        }));
        holder.start();
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

        AtomicBoolean secondTookItWhileHeld = new AtomicBoolean();
        Thread second = new Thread(() -> transaction.execute(status -> {
            lock.lock("rollup");
            secondTookItWhileHeld.set(!holderDone.get());
            return null;
        }));
        second.start();
        second.join(500); // the second taker is still waiting: the holder has not committed
        boolean waited = second.isAlive();
        release.countDown();
        holder.join(10_000);
        second.join(10_000);

        assertThat(waited).isTrue();
        assertThat(secondTookItWhileHeld).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
