package com.loyaltykpi.core.reconcile;

/** Told after every chunk of a backfill or reconciliation run. */
public interface ProgressListener {

    void progressed(JobProgress progress);
}
