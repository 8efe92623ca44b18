package com.loyaltykpi.core.followup;

import com.loyaltykpi.core.support.MailingReport;

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
 * Alerts the operators listed in the settings about each new follow-up, in one e-mail, once: each alert is claimed
 * in the database before it is sent (once, whichever nodes run), and one that could not be sent (the mail server
 * down, an address refused) is given back with the attempt counted and its reason, shown in the admin, and retried
 * by the next run (every minute by default). An alert waits up to {@link #SETTLE} for the shopper to finish the
 * answer (the comment follows the one click); one more than {@link #LATE} old is not sent (the follow-up stays in
 * the admin), so that operators added later are not flooded with old answers.
 */
public class FollowUpAlerts {

    static final Duration SETTLE = Duration.ofMinutes(10);
    static final Duration LATE = Duration.ofDays(7);
    static final Duration ABANDONED_CLAIM = Duration.ofMinutes(30);
    private static final Log LOG = LogFactory.getLog(FollowUpAlerts.class);

    private final FollowUpStore store;
    private final AlertRecipients recipients;
    private final AlertMailer mailer;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    public FollowUpAlerts(FollowUpStore store, AlertRecipients recipients, AlertMailer mailer,
                          TransactionTemplate newTransaction, Clock clock) {
        this.store = store;
        this.recipients = recipients;
        this.mailer = mailer;
        this.newTransaction = newTransaction;
        this.clock = clock;
    }

    /** Sends the alerts due now; none while no operator is listed or this node sends no e-mail. */
    public MailingReport run() {
        List<String> to = recipients.current();
        if (to.isEmpty() || !mailer.canSend()) {
            return MailingReport.NONE;
        }
        Instant now = clock.instant();
        int sent = 0;
        int failed = 0;
        for (FollowUp followUp : store.dueAlerts(now.minus(LATE), now.minus(SETTLE), now.minus(ABANDONED_CLAIM))) {
            if (!claim(followUp.id())) {
                continue; // another node sends it
            }
            try {
                mailer.send(to, followUp);
                done(followUp.id());
                sent++;
            } catch (RuntimeException e) {
                failed++;
                // the message may carry an address: only the kind of error is kept and logged
                failed(followUp.id(), e.getClass().getName());
                LOG.warn("Loyalty: the alert of follow-up " + followUp.id() + " was not sent (" + e.getClass().getName()
                        + "); the next run retries it");
            }
        }
        return new MailingReport(sent, failed);
    }

    /** The scheduled run: a failure is logged, and the next run retries. */
    public void scheduled() {
        try {
            MailingReport report = run();
            if (report.sent() + report.failed() > 0) {
                LOG.info("Loyalty: follow-up alerts: " + report);
            }
        } catch (RuntimeException e) {
            LOG.error("Loyalty: follow-up alerts failed; the next run sends them", e);
        }
    }

    private boolean claim(final long id) {
        return newTransaction.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                Instant now = clock.instant();
                return store.claimAlert(id, now, now.minus(ABANDONED_CLAIM));
            }
        });
    }

    private void done(final long id) {
        newTransaction.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                store.alerted(id, clock.instant());
            }
        });
    }

    private void failed(final long id, final String problem) {
        newTransaction.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                store.alertFailed(id, problem);
            }
        });
    }
}
