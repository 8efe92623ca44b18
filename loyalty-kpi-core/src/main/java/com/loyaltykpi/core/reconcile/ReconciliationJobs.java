package com.loyaltykpi.core.reconcile;

import com.loyaltykpi.core.settings.ClusterLock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs reconciliation (on a schedule) and the backfill (on demand or once at startup) in the background, one
 * run of each at a time in this JVM. Failures are logged; the next run picks up where this one stopped.
 */
public class ReconciliationJobs {

    private static final Log LOG = LogFactory.getLog(ReconciliationJobs.class);
    private static final long LOG_INTERVAL_MILLIS = 10_000;

    private final Reconciler reconciler;
    private final Duration lookback;
    private final AtomicBoolean reconciling = new AtomicBoolean();
    private final AtomicBoolean backfilling = new AtomicBoolean();

    public ReconciliationJobs(Reconciler reconciler, Duration lookback) {
        this.reconciler = reconciler;
        this.lookback = lookback;
    }

    /** Reconciles the lookback window now, unless a run is already under way; called by the scheduler. */
    public void reconcile() {
        if (!reconciling.compareAndSet(false, true)) {
            return;
        }
        try {
            reconciler.reconcile(lookback, new LoggedProgress(LOG_INTERVAL_MILLIS));
        } catch (ClusterLock.Busy e) {
            LOG.warn("Loyalty: reconciliation skipped, the next run tries again: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Loyalty: reconciliation failed; the next run tries again", e);
        } finally {
            reconciling.set(false);
        }
    }

    /** Starts the backfill in a background thread; false when one is already running here. */
    public boolean startBackfill() {
        if (!backfilling.compareAndSet(false, true)) {
            return false;
        }
        Thread thread = new Thread(new Runnable() {
            @Override
            public void run() {
                try {
                    reconciler.backfill(new LoggedProgress(LOG_INTERVAL_MILLIS));
                } catch (RuntimeException e) {
                    LOG.error("Loyalty: backfill stopped; start it again to resume", e);
                } finally {
                    backfilling.set(false);
                }
            }
        }, "loyalty-backfill");
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    /** Whether a backfill started here is running now. */
    public boolean backfillRunning() {
        return backfilling.get();
    }

    /** The backfill's saved progress (it survives restarts), or null when it never ran. */
    public JobProgress backfillProgress() {
        return reconciler.progressOf(Reconciler.BACKFILL);
    }
}
