package com.loyaltykpi.core.followup;

import com.loyaltykpi.core.support.ClaimedSends;
import com.loyaltykpi.core.support.MailingReport;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Alerts the operators listed in the settings about each new follow-up, in one e-mail, once: each alert is claimed
 * before it is sent ({@link ClaimedSends}: once, whichever nodes run), and one that could not be sent (the mail
 * server down, an address refused) is given back with the attempt counted and its reason, shown in the admin, and
 * retried by the next run (every minute by default). An alert waits up to {@link #SETTLE} for the shopper to finish
 * the answer (the comment follows the one click); one more than {@link #LATE} old is not sent (the follow-up stays
 * in the admin), so that operators added later are not flooded with old answers.
 */
public class FollowUpAlerts {

    static final Duration SETTLE = Duration.ofMinutes(10);
    static final Duration LATE = Duration.ofDays(7);
    private static final Log LOG = LogFactory.getLog(FollowUpAlerts.class);

    private final FollowUpStore store;
    private final AlertRecipients recipients;
    private final AlertMailer mailer;
    private final ClaimedSends sends;
    private final Clock clock;

    public FollowUpAlerts(FollowUpStore store, AlertRecipients recipients, AlertMailer mailer,
                          TransactionTemplate newTransaction, Clock clock) {
        this.store = store;
        this.recipients = recipients;
        this.mailer = mailer;
        this.sends = new ClaimedSends(newTransaction, clock);
        this.clock = clock;
    }

    /** Sends the alerts due now; none while no operator is listed or this node sends no e-mail. */
    public MailingReport run() {
        final List<String> to = recipients.current();
        if (to.isEmpty() || !mailer.canSend()) {
            return MailingReport.NONE;
        }
        Instant now = clock.instant();
        List<FollowUp> due = store.dueAlerts(now.minus(LATE), now.minus(SETTLE), sends.abandonedBefore(now));
        return sends.send(due, new ClaimedSends.Ledger<FollowUp>() {
            @Override
            public boolean claim(FollowUp followUp, Instant at, Instant abandonedBefore) {
                return store.claimAlert(followUp.id(), at, abandonedBefore);
            }

            @Override
            public void send(FollowUp followUp) {
                mailer.send(to, followUp);
            }

            @Override
            public void sent(FollowUp followUp, Instant at) {
                store.alerted(followUp.id(), at);
            }

            @Override
            public void failed(FollowUp followUp, String problem) {
                store.alertFailed(followUp.id(), problem);
            }

            @Override
            public String describe(FollowUp followUp) {
                return "the alert of follow-up " + followUp.id();
            }
        });
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
}
