package com.loyaltykpi.core.reconcile;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** Logs a run's progress (orders done / total) at most once per interval, so long runs stay readable. */
public final class LoggedProgress implements ProgressListener {

    private static final Log LOG = LogFactory.getLog(LoggedProgress.class);

    private final long intervalMillis;
    private long lastLogged;

    public LoggedProgress(long intervalMillis) {
        this.intervalMillis = intervalMillis;
    }

    @Override
    public void progressed(JobProgress progress) {
        long now = progress.updatedAt().toEpochMilli();
        if (now - lastLogged >= intervalMillis) {
            lastLogged = now;
            LOG.info("Loyalty: " + progress);
        }
    }
}
