package com.loyaltykpi.core.capture;

import com.loyaltykpi.core.capture.OrderFigures.Judgement;
import com.loyaltykpi.core.membership.MembershipHistory;
import com.loyaltykpi.core.membership.MembershipStore;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;

/**
 * Brings one order's fact in line with the platform order, in a transaction of its own: records a submitted
 * order once, marks it cancelled when the platform cancels it, and keeps the reason when it cannot be recorded.
 * Replays change nothing.
 */
public class OrderCapture {

    private static final Log LOG = LogFactory.getLog(OrderCapture.class);

    private final String origin;
    private final OrderFactStore facts;
    private final CaptureSkipStore skips;
    private final MembershipStore memberships;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    /** @param newTransaction a template with propagation REQUIRES_NEW: capture never joins the platform's work */
    public OrderCapture(String origin, OrderFactStore facts, CaptureSkipStore skips, MembershipStore memberships,
                        TransactionTemplate newTransaction, Clock clock) {
        this.origin = origin;
        this.facts = facts;
        this.skips = skips;
        this.memberships = memberships;
        this.newTransaction = newTransaction;
        this.clock = clock;
    }

    public CaptureOutcome capture(final PlatformOrder order) {
        return newTransaction.execute(new TransactionCallback<CaptureOutcome>() {
            @Override
            public CaptureOutcome doInTransaction(TransactionStatus status) {
                return captureIn(status, order);
            }
        });
    }

    /**
     * Withdraws the fact of an order whose checkout failed after it was recorded (a later workflow activity
     * failed and Broadleaf rolled the order back to a cart): that order was never submitted.
     */
    public boolean retract(final String orderId) {
        return newTransaction.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                return facts.delete(origin, orderId);
            }
        });
    }

    private CaptureOutcome captureIn(TransactionStatus status, PlatformOrder order) {
        FactStatus current = facts.statusOf(origin, Collections.singleton(order.orderId())).get(order.orderId());
        if (current != null) {
            return order.cancelled() && facts.markCancelled(origin, order.orderId(), clock.instant())
                    ? CaptureOutcome.CANCELLED : CaptureOutcome.UNCHANGED;
        }
        Instant now = clock.instant();
        Judgement judgement = OrderFigures.judge(order);
        if (!judgement.recordable()) {
            LOG.warn("Loyalty: order " + order.label() + " not recorded: " + judgement.skipReason());
            if (!skips.record(origin, order, judgement.skipReason(), now)) {
                status.setRollbackOnly();
            }
            return CaptureOutcome.SKIPPED;
        }
        MembershipHistory history = order.customerId() == null ? null : memberships.historyOf(order.customerId());
        if (facts.insert(judgement.factFor(origin, order, history, now), now)) {
            return CaptureOutcome.RECORDED;
        }
        status.setRollbackOnly(); // another node or thread recorded it between our read and our write
        return CaptureOutcome.UNCHANGED;
    }
}
