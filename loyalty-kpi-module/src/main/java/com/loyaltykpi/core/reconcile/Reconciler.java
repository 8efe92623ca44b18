package com.loyaltykpi.core.reconcile;

import com.loyaltykpi.core.capture.CaptureSkipStore;
import com.loyaltykpi.core.capture.FactStatus;
import com.loyaltykpi.core.capture.OrderFact;
import com.loyaltykpi.core.capture.OrderFactStore;
import com.loyaltykpi.core.capture.OrderFigures;
import com.loyaltykpi.core.capture.PlatformOrder;
import com.loyaltykpi.core.membership.MembershipHistory;
import com.loyaltykpi.core.membership.MembershipStore;
import com.loyaltykpi.core.support.DuplicateKeys;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the platform's submitted orders that have no fact, or whose cancellation the fact missed, and repairs
 * them, chunk by chunk. It is the backfill an integrator runs once on install (whole history, resumable) and
 * the reconciliation that repairs what a failed capture missed (recent orders). Each chunk commits its facts
 * together with the progress, so an interrupted run resumes where it stopped and a replay records nothing twice.
 */
public class Reconciler {

    public static final String BACKFILL = "backfill";
    public static final String RECONCILIATION = "reconciliation";

    private static final Log LOG = LogFactory.getLog(Reconciler.class);
    private static final int ATTEMPTS = 3;

    private final String origin;
    private final PlatformOrders platform;
    private final OrderFactStore facts;
    private final CaptureSkipStore skips;
    private final MembershipStore memberships;
    private final JobProgressStore progressStore;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final int chunkSize;

    public Reconciler(String origin, PlatformOrders platform, OrderFactStore facts, CaptureSkipStore skips,
                      MembershipStore memberships, JobProgressStore progressStore, TransactionTemplate newTransaction,
                      Clock clock, int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1, was " + chunkSize);
        }
        this.origin = origin;
        this.platform = platform;
        this.facts = facts;
        this.skips = skips;
        this.memberships = memberships;
        this.progressStore = progressStore;
        this.newTransaction = newTransaction;
        this.clock = clock;
        this.chunkSize = chunkSize;
    }

    /**
     * Loads the whole order history. An interrupted backfill resumes from its last chunk; after a finished one,
     * a new run goes through the history again (recording only what is missing).
     */
    public JobProgress backfill(ProgressListener listener) {
        JobProgress saved = progressStore.find(BACKFILL);
        if (saved != null && !saved.finished()) {
            LOG.info("Loyalty: resuming the backfill at " + saved);
            return run(saved, listener);
        }
        return run(fresh(BACKFILL, Instant.EPOCH), listener);
    }

    /** Repairs the orders submitted within the lookback window. */
    public JobProgress reconcile(Duration lookback, ProgressListener listener) {
        return run(fresh(RECONCILIATION, clock.instant().minus(lookback)), listener);
    }

    /** The last saved progress of a job, or null when it never ran. */
    public JobProgress progressOf(String jobName) {
        return progressStore.find(jobName);
    }

    private JobProgress fresh(String jobName, Instant since) {
        return JobProgress.start(jobName, since, clock.instant(), platform.count(since));
    }

    private JobProgress run(JobProgress start, ProgressListener listener) {
        JobProgress progress = start;
        while (true) {
            OrderPage page = platform.page(progress.since(), progress.cursor(), chunkSize);
            if (page.isEmpty()) {
                break;
            }
            progress = chunkWithRetry(progress, page);
            listener.progressed(progress);
        }
        final JobProgress finished = progress.finishedAt(clock.instant());
        newTransaction.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                progressStore.save(finished);
            }
        });
        LOG.info("Loyalty: " + finished);
        return finished;
    }

    private JobProgress chunkWithRetry(JobProgress progress, OrderPage page) {
        for (int attempt = 1; ; attempt++) {
            try {
                return chunk(progress, page);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !DuplicateKeys.isDuplicateKey(e)) {
                    throw e;
                }
                LOG.info("Loyalty: orders of this chunk were recorded meanwhile by live capture; reading the chunk again");
            }
        }
    }

    private JobProgress chunk(JobProgress progress, OrderPage page) {
        final Chunk chunk = prepare(page);
        final JobProgress next = progress.afterChunk(page.nextCursor(), chunk.counts(page.refs().size()), clock.instant());
        newTransaction.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                facts.insertAll(chunk.newFacts, next.updatedAt());
                for (PlatformOrder order : chunk.skipped.keySet()) {
                    if (!skips.record(origin, order, chunk.skipped.get(order), next.updatedAt())) {
                        throw new DuplicateKeyException("order " + order.label() + " was skipped meanwhile");
                    }
                }
                for (String orderId : chunk.toCancel) {
                    facts.markCancelled(origin, orderId, next.updatedAt());
                }
                progressStore.save(next);
            }
        });
        return next;
    }

    /** Reads what is missing and judges it, outside any transaction; the writes come after, all at once. */
    private Chunk prepare(OrderPage page) {
        List<String> ids = new ArrayList<String>();
        for (OrderRef ref : page.refs()) {
            ids.add(ref.orderId());
        }
        Map<String, FactStatus> statuses = facts.statusOf(origin, ids);
        Set<String> skippedBefore = skips.skipped(origin, ids);
        Chunk chunk = new Chunk();
        List<String> missing = new ArrayList<String>();
        for (OrderRef ref : page.refs()) {
            FactStatus status = statuses.get(ref.orderId());
            if (status == null && !skippedBefore.contains(ref.orderId())) {
                missing.add(ref.orderId());
            } else if (status == FactStatus.SUBMITTED && ref.cancelled()) {
                chunk.toCancel.add(ref.orderId());
            }
        }
        if (!missing.isEmpty()) {
            judge(platform.load(missing), chunk);
        }
        return chunk;
    }

    private void judge(LoadedOrders loaded, Chunk chunk) {
        for (Map.Entry<String, String> entry : loaded.unreadable().entrySet()) {
            LOG.warn("Loyalty: order id " + entry.getKey() + " could not be read, it stays missing: " + entry.getValue());
        }
        chunk.unreadable = loaded.unreadable().size();
        for (Map.Entry<String, String> entry : loaded.unloadable().entrySet()) {
            LOG.warn("Loyalty: order id " + entry.getKey() + " not recorded: " + entry.getValue());
            chunk.skipped.put(PlatformOrder.builder(entry.getKey()).build(), entry.getValue());
        }
        Set<String> customers = new HashSet<String>();
        for (PlatformOrder order : loaded.orders()) {
            if (order.customerId() != null) {
                customers.add(order.customerId());
            }
        }
        Map<String, MembershipHistory> histories = memberships.historiesOf(customers);
        Instant now = clock.instant();
        for (PlatformOrder order : loaded.orders()) {
            OrderFigures.Judgement judgement = OrderFigures.judge(order);
            if (!judgement.recordable()) {
                LOG.warn("Loyalty: order " + order.label() + " not recorded: " + judgement.skipReason());
                chunk.skipped.put(order, judgement.skipReason());
                continue;
            }
            chunk.newFacts.add(judgement.factFor(origin, order, histories.get(order.customerId()), now));
        }
    }

    /** What one chunk will write. */
    private static final class Chunk {
        final List<OrderFact> newFacts = new ArrayList<OrderFact>();
        final Map<PlatformOrder, String> skipped = new java.util.LinkedHashMap<PlatformOrder, String>();
        final List<String> toCancel = new ArrayList<String>();
        int unreadable;

        JobProgress.Counts counts(int examined) {
            int cancelledFacts = toCancel.size();
            for (OrderFact fact : newFacts) {
                if (fact.status() == FactStatus.CANCELLED) {
                    cancelledFacts++;
                }
            }
            return new JobProgress.Counts(examined, newFacts.size(), cancelledFacts, skipped.size(), unreadable);
        }
    }
}
