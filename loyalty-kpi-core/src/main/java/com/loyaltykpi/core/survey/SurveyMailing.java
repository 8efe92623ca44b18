package com.loyaltykpi.core.survey;

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
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Sends one kind of survey e-mail for a list of invitations, each claimed in the database before it is sent: it
 * goes out once, whichever nodes send, and never to a customer who answered or opted out meanwhile. One that could
 * not be sent is given back and retried by the next run; a claim left by a node that stopped while sending is
 * taken over after {@link #ABANDONED_CLAIM}.
 */
public class SurveyMailing {

    /** A claim older than this belongs to a node that stopped while sending: the e-mail is sent again. */
    static final Duration ABANDONED_CLAIM = Duration.ofMinutes(30);
    private static final Log LOG = LogFactory.getLog(SurveyMailing.class);

    private final InvitationStore store;
    private final Invitations invitations;
    private final SurveyMailer mailer;
    private final SurveyLinks links;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    public SurveyMailing(InvitationStore store, Invitations invitations, SurveyMailer mailer, SurveyLinks links,
                         TransactionTemplate newTransaction, Clock clock) {
        this.store = store;
        this.invitations = invitations;
        this.mailer = mailer;
        this.links = links;
        this.newTransaction = newTransaction;
        this.clock = clock;
    }

    /** Those of these customers whom an e-mail can reach. */
    Set<String> reachable(Collection<String> customerIds) {
        return mailer.reachable(customerIds);
    }

    /** The instant before which a node's claim counts as abandoned. */
    Instant abandonedBefore(Instant now) {
        return now.minus(ABANDONED_CLAIM);
    }

    /** Sends this e-mail for each invitation that is not claimed by another node. */
    MailingReport send(SurveyMail mail, List<Invitation> due) {
        int sent = 0;
        int failed = 0;
        for (Invitation invitation : due) {
            if (!claim(mail, invitation)) {
                continue; // sent, being sent by another node, answered or opted out meanwhile
            }
            try {
                mailer.send(invitation, mail, links.link(invitations.token(invitation, mail.channel())));
                markSent(mail, invitation);
                sent++;
            } catch (RuntimeException e) {
                failed++;
                release(mail, invitation);
                // the exception's message may carry the address: only its class is logged
                LOG.warn("Loyalty: survey e-mail " + mail + " of invitation " + invitation.id() + " not sent ("
                        + e.getClass().getName() + "), retried by the next run");
            }
        }
        return new MailingReport(sent, failed);
    }

    private boolean claim(final SurveyMail mail, final Invitation invitation) {
        return newTransaction.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                Instant now = clock.instant();
                return store.claim(mail, invitation.id(), now, abandonedBefore(now));
            }
        });
    }

    private void markSent(final SurveyMail mail, final Invitation invitation) {
        newTransaction.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                store.markSent(mail, invitation.id(), clock.instant());
            }
        });
    }

    private void release(final SurveyMail mail, final Invitation invitation) {
        newTransaction.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                store.release(mail, invitation.id());
            }
        });
    }
}
