package com.loyaltykpi.core.support;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends things (e-mails) once, whichever nodes run: each is claimed in the database before it is sent, marked sent
 * after, and given back when it could not be sent, for the next run to retry; a claim older than
 * {@link #ABANDONED_CLAIM} belongs to a node that stopped while sending and is taken over. Each step commits on its
 * own, so a slow mail server holds no transaction. Only the failure's kind is logged and recorded: its message may
 * carry an address.
 */
public final class ClaimedSends {

    /** A claim older than this belongs to a node that stopped while sending: the thing is sent again. */
    public static final Duration ABANDONED_CLAIM = Duration.ofMinutes(30);
    private static final Log LOG = LogFactory.getLog(ClaimedSends.class);

    /** How one kind of thing is claimed, sent and recorded. */
    public interface Ledger<T> {

        /** Claims it for this node: false when it is sent, being sent by another node, or no longer due. */
        boolean claim(T item, Instant now, Instant abandonedBefore);

        /** Sends it; throws when it could not be sent. */
        void send(T item);

        void sent(T item, Instant at);

        /** Gives the claim back after a failed send, with the failure's kind. */
        void failed(T item, String problem);

        /** What it is, for the log (no personal data). */
        String describe(T item);
    }

    private final TransactionTemplate newTransaction;
    private final Clock clock;

    public ClaimedSends(TransactionTemplate newTransaction, Clock clock) {
        this.newTransaction = newTransaction;
        this.clock = clock;
    }

    /** The instant before which a node's claim counts as abandoned. */
    public Instant abandonedBefore(Instant now) {
        return now.minus(ABANDONED_CLAIM);
    }

    /** Sends each of them that this node can claim. */
    public <T> MailingReport send(List<T> due, final Ledger<T> ledger) {
        int sent = 0;
        int failed = 0;
        for (final T item : due) {
            boolean claimed = newTransaction.execute(new TransactionCallback<Boolean>() {
                @Override
                public Boolean doInTransaction(TransactionStatus status) {
                    Instant now = clock.instant();
                    return ledger.claim(item, now, abandonedBefore(now));
                }
            });
            if (!claimed) {
                continue;
            }
            try {
                ledger.send(item);
                record(new Runnable() {
                    @Override
                    public void run() {
                        ledger.sent(item, clock.instant());
                    }
                });
                sent++;
            } catch (RuntimeException e) {
                failed++;
                final String problem = e.getClass().getName();
                record(new Runnable() {
                    @Override
                    public void run() {
                        ledger.failed(item, problem);
                    }
                });
                LOG.warn("Loyalty: " + ledger.describe(item) + " not sent (" + problem + "), retried by the next run");
            }
        }
        return new MailingReport(sent, failed);
    }

    private void record(final Runnable write) {
        newTransaction.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                write.run();
            }
        });
    }
}
