package com.loyaltykpi.core.rollup;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * A rollup rebuild started by an operator (the Broadleaf admin's or the KPI server's data screen): minutes on a large shop, so it runs in a background thread (one at
 * a time on this node; the cluster lock keeps other nodes' jobs out) and the data screen shows how it went.
 */
public class BackgroundRebuild {

    private static final Log LOG = LogFactory.getLog(BackgroundRebuild.class);

    /** What the screen shows: never started here, running, finished (with the facts counted), failed. */
    public enum State { NEVER, RUNNING, FINISHED, FAILED }

    private final Aggregator aggregator;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile State state = State.NEVER;
    private volatile Instant at;
    private volatile String result;

    public BackgroundRebuild(Aggregator aggregator, Clock clock) {
        this.aggregator = aggregator;
        this.clock = clock;
    }

    /** Starts a rebuild; false when one is running here already. */
    public boolean start() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        state = State.RUNNING;
        at = clock.instant();
        Thread thread = new Thread(new Runnable() {
            @Override
            public void run() {
                try {
                    AggregationReport report = aggregator.rebuild();
                    result = report.toString();
                    state = State.FINISHED;
                } catch (RuntimeException e) {
                    LOG.error("Loyalty: rollup rebuild from the admin failed; the rollups are as they were", e);
                    result = e.getMessage();
                    state = State.FAILED;
                } finally {
                    at = clock.instant();
                    running.set(false);
                }
            }
        }, "loyalty-rebuild");
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    public State state() {
        return state;
    }

    /** When the current state began (a start, an end), or null. */
    public Instant at() {
        return at;
    }

    /** The report of a finished rebuild or the reason of a failed one, or null. */
    public String result() {
        return result;
    }
}
