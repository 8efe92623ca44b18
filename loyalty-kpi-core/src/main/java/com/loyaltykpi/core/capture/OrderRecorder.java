package com.loyaltykpi.core.capture;

import com.loyaltykpi.core.membership.MembershipHistory;
import com.loyaltykpi.core.membership.MembershipStore;
import com.loyaltykpi.core.capture.FactChangeStore;
import com.loyaltykpi.core.support.DuplicateKeys;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records platform orders, for live capture, reconciliation and backfill alike: reads a batch of platform orders,
 * judges them, and writes the new facts (through the {@link FactWriter}), skips and cancellations in one
 * transaction of its own.
 * Orders that already have an up-to-date fact are neither read nor written again, so a replay counts once; when
 * live capture and a reconciliation race on the same orders, the loser reads its batch again.
 */
public class OrderRecorder {

    private static final Log LOG = LogFactory.getLog(OrderRecorder.class);
    private static final int ATTEMPTS = 3;

    private final String origin;
    private final PlatformOrders platform;
    private final OrderFactStore facts;
    private final CaptureSkipStore skips;
    private final MembershipStore memberships;
    private final FactWriter writer;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    /** @param newTransaction propagation REQUIRES_NEW: the module's writes never join the platform's work */
    public OrderRecorder(String origin, PlatformOrders platform, OrderFactStore facts, CaptureSkipStore skips,
                         MembershipStore memberships, FactWriter writer, TransactionTemplate newTransaction,
                         Clock clock) {
        this.origin = origin;
        this.platform = platform;
        this.facts = facts;
        this.skips = skips;
        this.memberships = memberships;
        this.writer = writer;
        this.newTransaction = newTransaction;
        this.clock = clock;
    }

    /** Told inside the chunk's transaction, after its writes: whatever it writes commits (or not) with them. */
    public interface InTransaction {
        void written(Chunk chunk, Instant now);
    }

    /** Records orders whose platform status is not known yet (the live path: checkouts, cancellations). */
    public Chunk record(List<String> orderIds) {
        List<OrderRef> refs = new ArrayList<OrderRef>();
        for (String orderId : orderIds) {
            refs.add(OrderRef.unknownStatus(orderId));
        }
        return record(refs, null);
    }

    /** Records a page of platform orders; {@code inTransaction} (may be null) commits together with the writes. */
    public Chunk record(List<OrderRef> refs, InTransaction inTransaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                Chunk chunk = prepare(refs);
                write(chunk, inTransaction);
                return chunk;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !DuplicateKeys.isDuplicateKey(e)) {
                    throw e;
                }
                LOG.info("Loyalty: some of these orders were recorded meanwhile by another writer; reading them again");
            }
        }
    }

    private void write(final Chunk chunk, final InTransaction inTransaction) {
        newTransaction.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                Instant now = clock.instant();
                writer.insert(chunk.newFacts, now);
                for (Map.Entry<PlatformOrder, String> skip : chunk.skipped.entrySet()) {
                    if (!skips.record(origin, skip.getKey(), skip.getValue(), now)) {
                        throw new DuplicateKeyException("order " + skip.getKey().label() + " was skipped meanwhile");
                    }
                }
                for (String orderId : chunk.toCancel) {
                    writer.cancel(origin, orderId, now);
                }
                if (inTransaction != null) {
                    inTransaction.written(chunk, now);
                }
            }
        });
    }

    /** How many orders were skipped so far for each reason (all runs, live capture included). */
    public Map<String, Long> skipReasons() {
        return skips.countsByReason(origin);
    }

    /** Reads what needs reading and judges it, outside any transaction. */
    private Chunk prepare(List<OrderRef> refs) {
        List<String> ids = new ArrayList<String>();
        for (OrderRef ref : refs) {
            ids.add(ref.orderId());
        }
        Map<String, FactStatus> statuses = facts.statusOf(origin, ids);
        Set<String> skippedBefore = skips.skipped(origin, ids);
        Chunk chunk = new Chunk();
        List<String> toRead = new ArrayList<String>();
        for (OrderRef ref : refs) {
            FactStatus status = statuses.get(ref.orderId());
            if (skippedBefore.contains(ref.orderId()) || status == FactStatus.CANCELLED) {
                continue;
            }
            if (status == null || !ref.statusKnown()) {
                toRead.add(ref.orderId());
            } else if (ref.cancelled()) {
                chunk.toCancel.add(ref.orderId());
            }
        }
        if (!toRead.isEmpty()) {
            judge(platform.load(toRead), statuses, chunk);
        }
        return chunk;
    }

    private void judge(LoadedOrders loaded, Map<String, FactStatus> statuses, Chunk chunk) {
        chunk.unreadable(loaded.unreadable());
        for (Map.Entry<String, String> entry : loaded.unloadable().entrySet()) {
            chunk.skip(PlatformOrder.builder(entry.getKey()).build(), entry.getValue());
        }
        List<PlatformOrder> newOrders = new ArrayList<PlatformOrder>();
        for (PlatformOrder order : loaded.orders()) {
            if (statuses.get(order.orderId()) == null) {
                newOrders.add(order);
            } else if (order.cancelled()) {
                chunk.toCancel.add(order.orderId());
            }
        }
        Map<String, MembershipHistory> histories = memberships.historiesOf(customersOf(newOrders));
        Instant now = clock.instant();
        for (PlatformOrder order : newOrders) {
            OrderFigures.Judgement judgement = OrderFigures.judge(order);
            if (judgement.recordable()) {
                chunk.newFacts.add(judgement.factFor(origin, order, histories.get(order.customerId()), now));
            } else {
                chunk.skip(order, judgement.skipReason());
            }
        }
    }

    private static Set<String> customersOf(List<PlatformOrder> orders) {
        Set<String> customers = new HashSet<String>();
        for (PlatformOrder order : orders) {
            if (order.customerId() != null) {
                customers.add(order.customerId());
            }
        }
        return customers;
    }
}
