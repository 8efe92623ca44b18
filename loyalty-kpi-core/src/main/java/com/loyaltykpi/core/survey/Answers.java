package com.loyaltykpi.core.survey;

import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;

/**
 * Survey answers: a link's token opens its invitation, which is answered once, whichever of its links is used.
 * Submissions are checked (token, expiry, scores, comment) and rate-limited per client address and per link; an
 * accepted answer, the invitation marked answered and the change for the rollups commit together.
 */
public class Answers {

    private final InvitationStore invitations;
    private final AnswerStore answers;
    private final SurveyChangeStore changes;
    private final SurveyConfiguration configuration;
    private final RateLimiter perAddress;
    private final RateLimiter perLink;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    public Answers(InvitationStore invitations, AnswerStore answers, SurveyChangeStore changes,
                   SurveyConfiguration configuration, RateLimiter perAddress, RateLimiter perLink,
                   TransactionTemplate newTransaction, Clock clock) {
        this.invitations = invitations;
        this.answers = answers;
        this.changes = changes;
        this.configuration = configuration;
        this.perAddress = perAddress;
        this.perLink = perLink;
        this.newTransaction = newTransaction;
        this.clock = clock;
    }

    /** The state of the survey behind a link: OPEN, ALREADY_ANSWERED, EXPIRED or UNKNOWN_LINK. */
    public SurveyOutcome open(String token) {
        return stateBehind(token);
    }

    /**
     * {@link #open(String)} for a page view from this client: TOO_MANY_ATTEMPTS once the client (its IPv4 address
     * or IPv6 /64) has viewed survey pages more often than its answers may be sent, in the minute.
     */
    public SurveyOutcome open(String token, String clientAddress) {
        if (!perAddress.allow("view " + ClientKeys.of(clientAddress), clock.millis())) {
            return SurveyOutcome.of(SurveyOutcome.Status.TOO_MANY_ATTEMPTS, null);
        }
        return stateBehind(token);
    }

    private SurveyOutcome stateBehind(String token) {
        if (!SurveyTokens.wellFormed(token)) {
            return SurveyOutcome.of(SurveyOutcome.Status.UNKNOWN_LINK, null);
        }
        InvitationStore.Opened opened = invitations.open(SurveyTokens.hash(token));
        return opened == null ? SurveyOutcome.of(SurveyOutcome.Status.UNKNOWN_LINK, null) : stateOf(opened.invitation());
    }

    /**
     * Records an answer given through a link.
     *
     * @param clientAddress where the submission came from (for the rate limit)
     */
    public SurveyOutcome submit(String token, String satisfaction, String recommend, String comment,
                                String clientAddress) {
        long now = clock.millis();
        if (!perAddress.allow("answer " + ClientKeys.of(clientAddress), now)) {
            return SurveyOutcome.of(SurveyOutcome.Status.TOO_MANY_ATTEMPTS, null);
        }
        if (!SurveyTokens.wellFormed(token)) {
            return SurveyOutcome.of(SurveyOutcome.Status.UNKNOWN_LINK, null);
        }
        String hash = SurveyTokens.hash(token);
        if (!perLink.allow(hash, now)) {
            return SurveyOutcome.of(SurveyOutcome.Status.TOO_MANY_ATTEMPTS, null);
        }
        final InvitationStore.Opened opened = invitations.open(hash);
        if (opened == null) {
            return SurveyOutcome.of(SurveyOutcome.Status.UNKNOWN_LINK, null);
        }
        SurveyOutcome state = stateOf(opened.invitation());
        if (state.status() != SurveyOutcome.Status.OPEN) {
            return state;
        }
        final AnswerForm form = AnswerForm.parse(satisfaction, recommend, comment,
                configuration.current().commentMaxLength());
        if (!form.valid()) {
            return SurveyOutcome.invalid(opened.invitation(), form.problems());
        }
        boolean recorded = newTransaction.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                Instant at = clock.instant();
                Invitation invitation = opened.invitation();
                if (!invitations.markAnswered(invitation.id(), at) || !answers.insert(invitation, opened.channel(), at,
                        form.satisfaction(), form.recommend(), form.comment())) {
                    status.setRollbackOnly(); // answered meanwhile, through another link or on another node
                    return false;
                }
                changes.answered(invitation, at, form.satisfaction(), form.recommend());
                return true;
            }
        });
        return SurveyOutcome.of(recorded ? SurveyOutcome.Status.ACCEPTED : SurveyOutcome.Status.ALREADY_ANSWERED,
                opened.invitation());
    }

    private SurveyOutcome stateOf(Invitation invitation) {
        if (invitation.answered()) {
            return SurveyOutcome.of(SurveyOutcome.Status.ALREADY_ANSWERED, invitation);
        }
        if (!clock.instant().isBefore(invitation.expiresAt())) {
            return SurveyOutcome.of(SurveyOutcome.Status.EXPIRED, invitation);
        }
        return SurveyOutcome.of(SurveyOutcome.Status.OPEN, invitation);
    }
}
