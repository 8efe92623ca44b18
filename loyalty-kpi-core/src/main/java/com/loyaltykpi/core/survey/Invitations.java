package com.loyaltykpi.core.survey;

import com.loyaltykpi.core.capture.OrderFact;
import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.membership.MembershipStore;
import com.loyaltykpi.core.privacy.ErasureStore;
import com.loyaltykpi.core.support.DuplicateKeys;

import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Issues survey invitations and the tokens that open them. An order gets one invitation, unless the customer was
 * invited within the cap (default 30 days), the order falls outside the sampling rate, or it was submitted longer
 * ago than a link lives; the decision for an order is the same wherever it is taken (the checkout's writer
 * thread, the confirmation page, the e-mail) and on every node. Each invitation counts once for the response
 * rate, whatever links carry it.
 */
public class Invitations {

    private final InvitationStore store;
    private final SurveyChangeStore changes;
    private final MembershipStore memberships;
    private final SurveyConfiguration configuration;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final ErasureStore erasures;
    private final TokenSecret secret;

    public Invitations(InvitationStore store, SurveyChangeStore changes, MembershipStore memberships,
                       SurveyConfiguration configuration, TransactionTemplate newTransaction, Clock clock,
                       ErasureStore erasures, TokenSecret secret) {
        this.store = store;
        this.changes = changes;
        this.memberships = memberships;
        this.configuration = configuration;
        this.newTransaction = newTransaction;
        this.clock = clock;
        this.erasures = erasures;
        this.secret = secret;
    }

    /** The invitation of a recorded order (the segment is the fact's), issued now if it qualifies; or null. */
    public Invitation forFact(OrderFact fact) {
        Invitation existing = store.ofOrder(fact.origin(), fact.orderId());
        return existing != null ? existing
                : issueIfQualified(fact.origin(), fact.orderId(), fact.customerId(), fact.submittedAt(), fact.member());
    }

    /**
     * The order's invitation, issued now if the order qualifies and has none yet; null when it does not qualify.
     *
     * @param customerId the registered customer, or null for a guest (invited by link only)
     */
    public Invitation forOrder(String origin, String orderId, String customerId, Instant submittedAt) {
        Invitation existing = store.ofOrder(origin, orderId);
        if (existing != null) {
            return existing;
        }
        boolean member = customerId != null && memberships.historyOf(customerId).memberAt(submittedAt);
        return issueIfQualified(origin, orderId, customerId, submittedAt, member);
    }

    private Invitation issueIfQualified(String origin, String orderId, String customerId, Instant submittedAt,
                                        boolean member) {
        SurveySettings settings = configuration.current();
        Instant now = clock.instant();
        boolean stale = submittedAt.isBefore(now.minus(Duration.ofDays(settings.tokenLifetimeDays())));
        if (stale || !sampled(orderId, settings.samplingRate()) || (customerId != null && capped(customerId, settings, now))
                || erasures.orderErased(orderId, customerId) || (customerId != null && store.optedOut(customerId))) {
            return null;
        }
        Invitation issued = issue(customerId, origin, orderId, InvitationChannel.CHECKOUT, Segment.of(member), settings,
                null);
        return issued != null ? issued : store.ofOrder(origin, orderId);
    }

    /**
     * Invites a customer in the relationship wave that started at {@code waveAt} (the caller chose them and their
     * segment); null when they have this wave's invitation already (unique in the database).
     */
    public Invitation forWave(String customerId, Segment segment, Instant waveAt) {
        return issue(customerId, null, null, InvitationChannel.WAVE, segment, configuration.current(), waveAt);
    }

    /**
     * The link token opening the invitation from this channel: the same every time it is asked for (a page shown
     * again reuses it), stored once (its hash only), committed before it is returned.
     */
    public String token(final Invitation invitation, final AnswerChannel channel) {
        final String token = SurveyTokens.derive(secret.bytes(), invitation.id(), channel);
        final String hash = SurveyTokens.hash(token);
        if (store.hasToken(hash)) {
            return token;
        }
        try {
            newTransaction.execute(new TransactionCallbackWithoutResult() {
                @Override
                protected void doInTransactionWithoutResult(TransactionStatus status) {
                    store.addToken(invitation.id(), hash, channel, clock.instant());
                }
            });
        } catch (RuntimeException e) {
            if (!DuplicateKeys.isDuplicateKey(e)) { // stored meanwhile by another request: the same row
                throw e;
            }
        }
        return token;
    }

    private Invitation issue(final String customerId, final String origin, final String orderId,
                             final InvitationChannel channel, final Segment segment, final SurveySettings settings,
                             final Instant waveAt) {
        return newTransaction.execute(new TransactionCallback<Invitation>() {
            @Override
            public Invitation doInTransaction(TransactionStatus status) {
                Instant now = clock.instant();
                Instant expires = now.plus(Duration.ofDays(settings.tokenLifetimeDays()));
                long id = store.insert(customerId, origin, orderId, channel, segment, now, expires, waveAt);
                if (id < 0) {
                    status.setRollbackOnly(); // issued meanwhile by another thread or node (or earlier in this wave)
                    return null;
                }
                Invitation invitation = new Invitation(id, customerId, origin, orderId, channel, segment, now, expires, null);
                changes.invited(invitation);
                return invitation;
            }
        });
    }

    /**
     * Whether the order is in the sample: decided from a well-mixed hash of its id (consecutive ids spread
     * evenly), so every node and every page decides alike.
     */
    static boolean sampled(String orderId, double samplingRate) {
        if (samplingRate >= 1) {
            return true;
        }
        long h = orderId.hashCode() * 0x9E3779B97F4A7C15L;
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        h ^= h >>> 31;
        return (h >>> 11) * 0x1.0p-53 < samplingRate;
    }

    private boolean capped(String customerId, SurveySettings settings, Instant now) {
        Instant last = store.lastInvited(customerId);
        return last != null && settings.capDays() > 0 && last.isAfter(now.minus(Duration.ofDays(settings.capDays())));
    }
}
