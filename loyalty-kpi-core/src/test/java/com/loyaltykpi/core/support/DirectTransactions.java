package com.loyaltykpi.core.support;

import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs transaction callbacks at once, without a database (unit tests of one class). */
public final class DirectTransactions extends TransactionTemplate {

    private static final long serialVersionUID = 1L;

    @Override
    public <T> T execute(TransactionCallback<T> action) {
        return action.doInTransaction(new SimpleTransactionStatus());
    }
}
