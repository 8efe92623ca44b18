package com.loyaltykpi.core.reconcile;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * The install-time option (loyalty.backfill.onStartup): once the application has started, starts the backfill
 * unless it already finished once. An interrupted backfill therefore resumes at the next start.
 */
public class StartupBackfill implements ApplicationListener<ContextRefreshedEvent> {

    private final ReconciliationJobs jobs;
    private final boolean enabled;

    public StartupBackfill(ReconciliationJobs jobs, boolean enabled) {
        this.jobs = jobs;
        this.enabled = enabled;
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (!enabled || event.getApplicationContext().getParent() != null) {
            return;
        }
        JobProgress saved = jobs.backfillProgress();
        if (saved == null || !saved.finished()) {
            jobs.startBackfill();
        }
    }
}
