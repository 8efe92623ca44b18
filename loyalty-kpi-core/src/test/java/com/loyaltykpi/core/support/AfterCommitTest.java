package com.loyaltykpi.core.support;

import org.apache.commons.logging.Log;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class AfterCommitTest {

    private final Log log = mock(Log.class);
    private final AtomicInteger runs = new AtomicInteger();

    @AfterEach
    void clearSynchronization() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void runsAtOnceWithoutATransaction() {
        AfterCommit.run(runs::incrementAndGet, log, "work");

        assertThat(runs).hasValue(1);
    }

    @Test
    void waitsForTheCommitAndNeverRunsOnRollback() {
        TransactionSynchronizationManager.initSynchronization();
        AfterCommit.run(runs::incrementAndGet, log, "work");
        assertThat(runs).hasValue(0);

        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            synchronization.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK);
        }
        assertThat(runs).hasValue(0);
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            synchronization.afterCommit();
        }
        assertThat(runs).hasValue(1);
    }

    @Test
    void aFailureIsLoggedNeverThrown() {
        AfterCommit.run(() -> {
            throw new IllegalStateException("database down");
        }, log, "order 42 not recorded");

        verify(log).error(eq("Loyalty: order 42 not recorded"), any(IllegalStateException.class));
    }
}
