package com.loyaltykpi.core.survey;

import com.loyaltykpi.core.followup.FollowUpRule;
import com.loyaltykpi.core.followup.FollowUpStore;

import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;

/**
 * Survey answers: a link's token opens its invitation, which is answered once, whichever of its links is used:
 * either whole ({@link #submit}) or in two steps, the satisfaction score in one click ({@link #rate}) and then,
 * once, the recommendation score and the comment ({@link #followUp}). Submissions are checked (token, expiry,
 * scores, comment) and rate-limited per client address and per link; an accepted answer, the invitation marked
 * answered, the change for the rollups and, for an unhappy answer, its follow-up commit together.
 */
public class Answers {

    private final InvitationStore invitations;
    private final AnswerStore answers;
    private final SurveyChangeStore changes;
    private final FollowUpStore followUps;
    private final SurveyConfiguration configuration;
    private final RateLimiter perAddress;
    private final RateLimiter perLink;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    public Answers(InvitationStore invitations, AnswerStore answers, SurveyChangeStore changes, FollowUpStore followUps,
                   SurveyConfiguration configuration, RateLimiter perAddress, RateLimiter perLink,
                   TransactionTemplate newTransaction, Clock clock) {
        this.invitations = invitations;
        this.answers = answers;
        this.changes = changes;
        this.followUps = followUps;
        this.configuration = configuration;
        this.perAddress = perAddress;
        this.perLink = perLink;
        this.newTransaction = newTransaction;
        this.clock = clock;
    }

    /** The state of the survey behind a link: OPEN, FOLLOW_UP, ALREADY_ANSWERED, EXPIRED or UNKNOWN_LINK. */
    public SurveyOutcome open(String token) {
        return stateBehind(token);
    }

    /** The state of an invitation's survey: OPEN, FOLLOW_UP, ALREADY_ANSWERED or EXPIRED. */
    public SurveyOutcome state(Invitation invitation) {
        return stateOf(invitation);
    }

    /**
     * {@link #open(String)} for a page view from this client: TOO_MANY_ATTEMPTS once the client (its IPv4 address
     * or IPv6 /64) has viewed survey pages more often than its answers may be sent, in the minute.
     */
    public SurveyOutcome open(String token, String clientAddress) {
        return viewAllowed(clientAddress) ? stateBehind(token)
                : SurveyOutcome.of(SurveyOutcome.Status.TOO_MANY_ATTEMPTS, null);
    }

    private boolean viewAllowed(String clientAddress) {
        return perAddress.allow("view " + ClientKeys.of(clientAddress), clock.millis());
    }

    private SurveyOutcome stateBehind(String token) {
        InvitationStore.Opened opened = opened(token);
        return opened == null ? SurveyOutcome.of(SurveyOutcome.Status.UNKNOWN_LINK, null) : stateOf(opened.invitation());
    }

    /** The invitation a link opens, or null for a malformed (not looked up) or unknown token. */
    private InvitationStore.Opened opened(String token) {
        return SurveyTokens.wellFormed(token) ? invitations.open(SurveyTokens.hash(token)) : null;
    }

    /**
     * Records a whole answer given through a link (satisfaction, recommendation and comment at once).
     *
     * @param clientAddress where the submission came from (for the rate limit)
     */
    public SurveyOutcome submit(String token, String satisfaction, String recommend, String comment,
                                String clientAddress) {
        Admission admission = admit(token, clientAddress);
        if (admission.refusal != null) {
            return admission.refusal;
        }
        AnswerForm form = AnswerForm.parse(satisfaction, recommend, comment, configuration.current().commentMaxLength());
        return record(admission.opened, form, true);
    }

    /**
     * Records the satisfaction score alone (the one click on the confirmation page or the survey page): the
     * invitation is answered, and the recommendation question and the comment follow (FOLLOW_UP).
     */
    public SurveyOutcome rate(String token, String satisfaction, String clientAddress) {
        Admission admission = admit(token, clientAddress);
        if (admission.refusal != null) {
            return admission.refusal;
        }
        return record(admission.opened, AnswerForm.parseRating(satisfaction), false);
    }

    /**
     * Adds the follow-up (an optional recommendation score, an optional comment) to the answer given through
     * {@link #rate}, once. A follow-up with neither closes it without a score.
     */
    public SurveyOutcome followUp(String token, String recommend, String comment, String clientAddress) {
        Admission admission = admit(token, clientAddress);
        if (admission.refusal != null) {
            return admission.refusal;
        }
        final Invitation invitation = admission.opened.invitation();
        SurveyOutcome state = stateOf(invitation);
        if (state.status() == SurveyOutcome.Status.OPEN) { // not rated yet: the first question comes first
            return SurveyOutcome.invalid(invitation, Collections.singletonList(AnswerProblem.SATISFACTION_MISSING));
        }
        if (state.status() != SurveyOutcome.Status.FOLLOW_UP) {
            return state;
        }
        final AnswerForm form = AnswerForm.parseFollowUp(recommend, comment, configuration.current().commentMaxLength());
        if (!form.valid()) {
            return SurveyOutcome.invalid(invitation, form.problems());
        }
        boolean recorded = newTransaction.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                Instant answeredAt = answers.awaitingFollowUp(invitation.id());
                if (answeredAt == null
                        || !answers.followUp(invitation.id(), form.recommend(), form.comment(), clock.instant())) {
                    return false; // followed up meanwhile, through another link or on another node
                }
                if (form.recommend() != null) {
                    changes.recommended(invitation, answeredAt, form.recommend());
                }
                openFollowUpIfUnhappy(invitation, null, form.recommend());
                return true;
            }
        });
        return SurveyOutcome.of(recorded ? SurveyOutcome.Status.ACCEPTED : SurveyOutcome.Status.ALREADY_ANSWERED,
                invitation);
    }

    /** The link's invitation, or why the attempt is refused (rate limits, a malformed or unknown link). */
    private Admission admit(String token, String clientAddress) {
        long now = clock.millis();
        if (!perAddress.allow("answer " + ClientKeys.of(clientAddress), now)) {
            return Admission.refused(SurveyOutcome.Status.TOO_MANY_ATTEMPTS);
        }
        if (!SurveyTokens.wellFormed(token)) {
            return Admission.refused(SurveyOutcome.Status.UNKNOWN_LINK);
        }
        String hash = SurveyTokens.hash(token);
        if (!perLink.allow(hash, now)) {
            return Admission.refused(SurveyOutcome.Status.TOO_MANY_ATTEMPTS);
        }
        InvitationStore.Opened opened = invitations.open(hash);
        return opened == null ? Admission.refused(SurveyOutcome.Status.UNKNOWN_LINK) : new Admission(opened, null);
    }

    /** Records a first answer (whole, or the rating alone), with the invitation marked answered and its change row. */
    private SurveyOutcome record(final InvitationStore.Opened opened, final AnswerForm form, final boolean whole) {
        SurveyOutcome state = stateOf(opened.invitation());
        if (state.status() != SurveyOutcome.Status.OPEN) {
            return state.status() == SurveyOutcome.Status.FOLLOW_UP
                    ? SurveyOutcome.of(SurveyOutcome.Status.ALREADY_ANSWERED, opened.invitation()) : state;
        }
        if (!form.valid()) {
            return SurveyOutcome.invalid(opened.invitation(), form.problems());
        }
        boolean recorded = newTransaction.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                Instant at = clock.instant();
                Invitation invitation = opened.invitation();
                if (!invitations.markAnswered(invitation.id(), at) || !answers.insert(invitation, opened.channel(), at,
                        form.satisfaction(), form.recommend(), form.comment(), whole)) {
                    status.setRollbackOnly(); // answered meanwhile, through another link or on another node
                    return false;
                }
                changes.answered(invitation, at, form.satisfaction(), form.recommend());
                openFollowUpIfUnhappy(invitation, form.satisfaction(), form.recommend());
                return true;
            }
        });
        SurveyOutcome.Status done = whole ? SurveyOutcome.Status.ACCEPTED : SurveyOutcome.Status.FOLLOW_UP;
        return SurveyOutcome.of(recorded ? done : SurveyOutcome.Status.ALREADY_ANSWERED, opened.invitation());
    }

    /** Opens the answer's follow-up (once) when its scores are unhappy; in the answer's transaction. */
    private void openFollowUpIfUnhappy(Invitation invitation, Integer satisfaction, Integer recommend) {
        if (FollowUpRule.unhappy(satisfaction, recommend)) {
            followUps.open(invitation.id(), invitation.segment(), clock.instant());
        }
    }

    private SurveyOutcome stateOf(Invitation invitation) {
        boolean expired = !clock.instant().isBefore(invitation.expiresAt());
        if (invitation.answered()) {
            boolean followUp = !expired && answers.awaitingFollowUp(invitation.id()) != null;
            return SurveyOutcome.of(followUp ? SurveyOutcome.Status.FOLLOW_UP : SurveyOutcome.Status.ALREADY_ANSWERED,
                    invitation);
        }
        return SurveyOutcome.of(expired ? SurveyOutcome.Status.EXPIRED : SurveyOutcome.Status.OPEN, invitation);
    }

    /**
     * The opt-out link of a survey e-mail (the survey link with /opt-out), in one click: the customer is never
     * invited again (checkout, waves), and this invitation closes; OPTED_OUT every time, also for an answered or
     * expired link. A guest's link closes its invitation (a guest's later orders cannot be recognised).
     */
    public SurveyOutcome optOut(String token, String clientAddress) {
        if (!viewAllowed(clientAddress)) {
            return SurveyOutcome.of(SurveyOutcome.Status.TOO_MANY_ATTEMPTS, null);
        }
        final InvitationStore.Opened opened = opened(token);
        if (opened == null) {
            return SurveyOutcome.of(SurveyOutcome.Status.UNKNOWN_LINK, null);
        }
        newTransaction.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                invitations.optOut(opened.invitation(), clock.instant());
                return null;
            }
        });
        return SurveyOutcome.of(SurveyOutcome.Status.OPTED_OUT, opened.invitation());
    }

    /** An attempt let through to its invitation, or refused. */
    private static final class Admission {
        final InvitationStore.Opened opened;
        final SurveyOutcome refusal;

        Admission(InvitationStore.Opened opened, SurveyOutcome refusal) {
            this.opened = opened;
            this.refusal = refusal;
        }

        static Admission refused(SurveyOutcome.Status status) {
            return new Admission(null, SurveyOutcome.of(status, null));
        }
    }
}
