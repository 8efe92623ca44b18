package com.loyaltykpi.core.reconcile;

import com.loyaltykpi.core.capture.Chunk;
import com.loyaltykpi.core.capture.OrderPage;
import com.loyaltykpi.core.capture.OrderRecorder;
import com.loyaltykpi.core.capture.PlatformOrders;
import com.loyaltykpi.core.settings.ClusterLock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Finds the platform's submitted orders that have no fact, or whose cancellation the fact missed, and records
 * them with {@link OrderRecorder}, chunk by chunk. It is the backfill an integrator runs once on install (whole
 * history, resumable) and the reconciliation that repairs what a failed capture missed (recent orders). Each chunk commits its facts
 * together with the progress, so an interrupted run resumes where it stopped and a replay records nothing twice.
 * One run at a time on all nodes (a cluster lock): a node's scheduled run waits while another node backfills.
 */
public class Reconciler {

    public static final String BACKFILL = "backfill";
    public static final String RECONCILIATION = "reconciliation";
    /** The cluster lock held by a backfill or a reconciliation run: one of them at a time on all nodes. */
    public static final String LOCK = "reconcile";

    private static final Log LOG = LogFactory.getLog(Reconciler.class);

    private final PlatformOrders platform;
    private final OrderRecorder recorder;
    private final JobProgressStore progressStore;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final ClusterLock lock;
    private final int chunkSize;

    public Reconciler(PlatformOrders platform, OrderRecorder recorder, JobProgressStore progressStore,
                      TransactionTemplate newTransaction, Clock clock, ClusterLock lock, int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1, was " + chunkSize);
        }
        this.platform = platform;
        this.recorder = recorder;
        this.progressStore = progressStore;
        this.newTransaction = newTransaction;
        this.clock = clock;
        this.lock = lock;
        this.chunkSize = chunkSize;
    }

    /**
     * Loads the whole order history. An interrupted backfill resumes from its last chunk; after a finished one,
     * a new run goes through the history again (recording only what is missing).
     */
    public JobProgress backfill(ProgressListener listener) {
        lock.createRows();
        try (ClusterLock.Held held = lock.hold(LOCK)) {
            JobProgress saved = progressStore.find(BACKFILL);
            if (saved != null && !saved.finished()) {
                LOG.info("Loyalty: resuming the backfill at " + saved);
                return run(saved, listener, held);
            }
            return run(fresh(BACKFILL, Instant.EPOCH), listener, held);
        }
    }

    /** Repairs the orders submitted within the lookback window (waiting while another node reconciles). */
    public JobProgress reconcile(Duration lookback, ProgressListener listener) {
        lock.createRows();
        try (ClusterLock.Held held = lock.hold(LOCK)) {
            return run(fresh(RECONCILIATION, clock.instant().minus(lookback)), listener, held);
        }
    }

    /** The last saved progress of a job, or null when it never ran. */
    public JobProgress progressOf(String jobName) {
        return progressStore.find(jobName);
    }

    private JobProgress fresh(String jobName, Instant since) {
        return JobProgress.start(jobName, since, clock.instant(), platform.count(since));
    }

    /** Runs the job chunk by chunk, checking before each that this node still holds the lock. */
    private JobProgress run(JobProgress start, ProgressListener listener, ClusterLock.Held held) {
        JobProgress progress = start;
        while (true) {
            held.verify();
            OrderPage page = platform.page(progress.since(), progress.cursor(), chunkSize);
            if (page.isEmpty()) {
                break;
            }
            progress = chunk(progress, page);
            listener.progressed(progress);
        }
        final JobProgress finished = progress.finishedAt(clock.instant());
        newTransaction.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                progressStore.save(finished);
            }
        });
        LOG.info("Loyalty: " + finished + (finished.skipped() == 0 ? ""
                : "; orders skipped so far, by reason: " + recorder.skipReasons()));
        return finished;
    }

    private JobProgress chunk(final JobProgress progress, final OrderPage page) {
        final JobProgress[] next = new JobProgress[1];
        recorder.record(page.refs(), new OrderRecorder.InTransaction() {
            @Override
            public void written(Chunk chunk, Instant now) {
                JobProgress.Counts counts = new JobProgress.Counts(page.refs().size(), chunk.recorded(),
                        chunk.cancelled(), chunk.skipped(), chunk.unreadable());
                next[0] = progress.afterChunk(page.nextCursor(), counts, now);
                progressStore.save(next[0]);
            }
        });
        return next[0];
    }
}
