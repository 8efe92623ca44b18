package com.loyaltykpi.core.followup;

import com.loyaltykpi.core.settings.DataVersion;

import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/** What operators do with follow-ups: close one with what was done (the KPIs of its period change with it). */
public class FollowUps {

    private final FollowUpStore store;
    private final DataVersion dataVersion;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    public FollowUps(FollowUpStore store, DataVersion dataVersion, TransactionTemplate newTransaction, Clock clock) {
        this.store = store;
        this.dataVersion = dataVersion;
        this.newTransaction = newTransaction;
        this.clock = clock;
    }

    /**
     * Closes an open follow-up now with the operator's note; false when it was closed already or does not exist.
     *
     * @param note what was done: at most {@link FollowUpStore#NOTE_MAX_LENGTH} characters, checked by the caller
     */
    public boolean close(final long id, final String note, final String closedBy) {
        return newTransaction.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                if (!store.close(id, note, closedBy, clock.instant())) {
                    return false;
                }
                dataVersion.bump(); // the cached KPI tables count closed follow-ups
                return true;
            }
        });
    }
}
