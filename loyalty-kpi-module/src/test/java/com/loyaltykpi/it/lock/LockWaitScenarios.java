package com.loyaltykpi.it.lock;

import com.loyaltykpi.core.settings.ClusterLock;
import com.loyaltykpi.it.ScratchDatabase;
import com.loyaltykpi.it.TestDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A job that finds its lock held by another node waits at most the configured time, then gives up (the scheduled
 * run is skipped and tried again later): never blocked forever behind a holder that hangs. On the production
 * databases, with the lock held on a connection of its own ({@code hold}) and inside a transaction ({@code lock}).
 */
public abstract class LockWaitScenarios {

    private ScratchDatabase scratch;
    private JdbcTemplate jdbc;
    private ClusterLock lock;

    protected abstract TestDatabase database();

    @BeforeEach
    void createDatabase() throws Exception {
        scratch = ScratchDatabase.create(database());
        jdbc = scratch.jdbc();
        jdbc.execute("CREATE TABLE LK_LOCK (NAME VARCHAR(64) NOT NULL, PRIMARY KEY (NAME))");
        lock = new ClusterLock(jdbc, 1, "reconcile");
        lock.createRows();
    }

    @AfterEach
    void dropDatabase() throws Exception {
        if (scratch != null) {
            scratch.close();
        }
    }

    @Test
    void aTakerGivesUpAfterItsWaitAndTheHolderKeepsTheLock() {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        try (ClusterLock.Held held = lock.hold("reconcile")) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> lock.hold("reconcile")).isInstanceOf(ClusterLock.Busy.class)
                    .hasMessageContaining("another node holds it");
            assertThatThrownBy(() -> transaction.execute(status -> {
                lock.lock("reconcile");
                return null;
            })).isInstanceOf(ClusterLock.Busy.class);
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).as("gave up twice, within seconds")
                    .isLessThan(20);
            held.verify();
        }
        try (ClusterLock.Held again = lock.hold("reconcile")) {
            again.verify();
        }
    }
}
