package com.loyaltykpi.core.support;

import org.apache.commons.logging.Log;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs the module's follow-up work once the platform's own work is durable: after the surrounding transaction
 * commits (never if it rolls back), or at once when there is none. Failures are logged, never thrown: the
 * platform's checkout or registration has already succeeded and must stay so.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** @param failure what to log if the work fails, e.g. "order 123 not recorded, reconciliation will record it" */
    public static void run(final Runnable work, final Log log, final String failure) {
        final Runnable guarded = new Runnable() {
            @Override
            public void run() {
                try {
                    work.run();
                } catch (RuntimeException | Error e) {
                    log.error("Loyalty: " + failure, e);
                }
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
                @Override
                public void afterCommit() {
                    guarded.run();
                }
            });
        } else {
            guarded.run();
        }
    }
}
