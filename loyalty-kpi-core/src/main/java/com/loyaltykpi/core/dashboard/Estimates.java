package com.loyaltykpi.core.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import com.loyaltykpi.core.incrementality.Estimate;
import com.loyaltykpi.core.incrementality.EstimateConfiguration;
import com.loyaltykpi.core.incrementality.EstimateRequest;
import com.loyaltykpi.core.incrementality.EstimateSettings;
import com.loyaltykpi.core.incrementality.IncrementalRevenue;
import com.loyaltykpi.core.settings.DataVersion;

/**
 * The incremental-revenue estimates of the dashboard, computed in the background (they read facts and resample:
 * seconds on a large shop) on one thread of this node, and kept per range and currency until the data or the
 * estimate's settings change. The dashboard never waits: it gets the last result with its time, and a new one is
 * on its way when that is not current.
 */
public class Estimates {

    private static final Log LOG = LogFactory.getLog(Estimates.class);

    /** Ranges kept; an operator looks at a handful, the rest are recomputed when asked again. */
    static final int KEPT = 32;

    private final IncrementalRevenue incrementalRevenue;
    private final EstimateConfiguration configuration;
    private final DataVersion dataVersion;
    private final Clock clock;
    private final Map<List<Object>, Kept> kept = new ConcurrentHashMap<List<Object>, Kept>();
    private final Map<List<Object>, Boolean> running = new ConcurrentHashMap<List<Object>, Boolean>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "loyalty-estimates");
        thread.setDaemon(true);
        return thread;
    });

    public Estimates(IncrementalRevenue incrementalRevenue, EstimateConfiguration configuration, DataVersion dataVersion,
                     Clock clock) {
        this.incrementalRevenue = incrementalRevenue;
        this.configuration = configuration;
        this.dataVersion = dataVersion;
        this.clock = clock;
    }

    /** An estimate as kept: the result (null while the first is computed, or after a failure) and when it was made. */
    public static final class Kept {
        private final Estimate estimate;
        private final Instant computedAt;
        private final long version;
        private final EstimateSettings settings;
        private final boolean failed;
        private final boolean refreshing;

        Kept(Estimate estimate, Instant computedAt, long version, EstimateSettings settings, boolean failed, boolean refreshing) {
            this.estimate = estimate;
            this.computedAt = computedAt;
            this.version = version;
            this.settings = settings;
            this.failed = failed;
            this.refreshing = refreshing;
        }

        /** The last estimate, or null while the first is computed or when it failed. */
        public Estimate estimate() {
            return estimate;
        }

        public Instant computedAt() {
            return computedAt;
        }

        /** The last computation failed (logged; retried when the data or the settings change). */
        public boolean failed() {
            return failed;
        }

        /** A newer estimate is being computed (the data or the settings changed since this one). */
        public boolean refreshing() {
            return refreshing;
        }

        boolean current(long currentVersion, EstimateSettings currentSettings) {
            return version == currentVersion && settings.equals(currentSettings);
        }
    }

    /** The last estimate of members who enrolled in the range, starting a new one when it is not current. */
    public Kept of(DashboardRange range, String currency) {
        List<Object> key = Arrays.<Object>asList(range.from(), range.to(), currency);
        EstimateSettings settings = configuration.current();
        long version = dataVersion.current();
        Kept last = kept.get(key);
        if (last != null && last.current(version, settings)) {
            return last;
        }
        start(key, new EstimateRequest(range.from(), range.to(), currency, settings), version);
        return last == null ? null : new Kept(last.estimate, last.computedAt, last.version, last.settings, last.failed, true);
    }

    private void start(List<Object> key, EstimateRequest request, long version) {
        if (running.putIfAbsent(key, Boolean.TRUE) != null) {
            return;
        }
        worker.execute(() -> {
            try {
                keep(key, new Kept(incrementalRevenue.estimate(request), clock.instant(), version, request.settings(), false, false));
            } catch (RuntimeException e) {
                LOG.error("Loyalty: the incremental-revenue estimate of " + request.from() + " to " + request.to() + " in "
                        + request.currency() + " failed; it is tried again when the data changes", e);
                keep(key, new Kept(null, clock.instant(), version, request.settings(), true, false));
            } finally {
                running.remove(key);
            }
        });
    }

    private void keep(List<Object> key, Kept result) {
        if (kept.size() >= KEPT && !kept.containsKey(key)) {
            kept.clear();
        }
        kept.put(key, result);
    }

    /** Stops the worker with the application context. */
    public void stop() {
        worker.shutdownNow();
    }
}
