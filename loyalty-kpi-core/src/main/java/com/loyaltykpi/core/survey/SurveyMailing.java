package com.loyaltykpi.core.survey;

import com.loyaltykpi.core.support.ClaimedSends;
import com.loyaltykpi.core.support.MailingReport;

import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Sends one kind of survey e-mail for a list of invitations, each claimed before it is sent ({@link ClaimedSends}):
 * it goes out once, whichever nodes send, and never to a customer who answered or opted out meanwhile (the claim
 * refuses them). One that could not be sent is given back and retried by the next run.
 */
public class SurveyMailing {

    private final InvitationStore store;
    private final Invitations invitations;
    private final SurveyMailer mailer;
    private final SurveyLinks links;
    private final ClaimedSends sends;

    public SurveyMailing(InvitationStore store, Invitations invitations, SurveyMailer mailer, SurveyLinks links,
                         TransactionTemplate newTransaction, Clock clock) {
        this.store = store;
        this.invitations = invitations;
        this.mailer = mailer;
        this.links = links;
        this.sends = new ClaimedSends(newTransaction, clock);
    }

    /** Those of these customers whom an e-mail can reach. */
    Set<String> reachable(Collection<String> customerIds) {
        return mailer.reachable(customerIds);
    }

    /** The instant before which a node's claim counts as abandoned. */
    Instant abandonedBefore(Instant now) {
        return sends.abandonedBefore(now);
    }

    /** Sends this e-mail for each invitation that is not claimed by another node. */
    MailingReport send(final SurveyMail mail, List<Invitation> due) {
        return sends.send(due, new ClaimedSends.Ledger<Invitation>() {
            @Override
            public boolean claim(Invitation invitation, Instant now, Instant abandonedBefore) {
                return store.claim(mail, invitation.id(), now, abandonedBefore);
            }

            @Override
            public void send(Invitation invitation) {
                mailer.send(invitation, mail, links.link(invitations.token(invitation, mail.channel())));
            }

            @Override
            public void sent(Invitation invitation, Instant at) {
                store.markSent(mail, invitation.id(), at);
            }

            @Override
            public void failed(Invitation invitation, String problem) {
                store.release(mail, invitation.id());
            }

            @Override
            public String describe(Invitation invitation) {
                return "survey e-mail " + mail + " of invitation " + invitation.id();
            }
        });
    }
}
