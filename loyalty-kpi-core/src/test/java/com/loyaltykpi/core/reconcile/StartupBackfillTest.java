package com.loyaltykpi.core.reconcile;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;

import java.time.Instant;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class StartupBackfillTest {

    private final ReconciliationJobs jobs = mock(ReconciliationJobs.class);
    private final ApplicationContext root = mock(ApplicationContext.class);

    private static JobProgress progress(boolean finished) {
        JobProgress started = JobProgress.start(Reconciler.BACKFILL, Instant.EPOCH, Instant.EPOCH, 10);
        return finished ? started.finishedAt(Instant.EPOCH) : started;
    }

    @Test
    void startsTheBackfillOnceTheApplicationHasStarted() {
        new StartupBackfill(jobs, true).onApplicationEvent(new ContextRefreshedEvent(root));

        verify(jobs).startBackfill();
    }

    @Test
    void resumesAnInterruptedBackfill() {
        when(jobs.backfillProgress()).thenReturn(progress(false));

        new StartupBackfill(jobs, true).onApplicationEvent(new ContextRefreshedEvent(root));

        verify(jobs).startBackfill();
    }

    @Test
    void doesNothingOnceTheBackfillFinished() {
        when(jobs.backfillProgress()).thenReturn(progress(true));

        new StartupBackfill(jobs, true).onApplicationEvent(new ContextRefreshedEvent(root));

        verify(jobs, never()).startBackfill();
    }

    @Test
    void doesNothingWhenSwitchedOffOrForAChildContext() {
        ApplicationContext child = mock(ApplicationContext.class);
        when(child.getParent()).thenReturn(root);

        new StartupBackfill(jobs, false).onApplicationEvent(new ContextRefreshedEvent(root));
        new StartupBackfill(jobs, true).onApplicationEvent(new ContextRefreshedEvent(child));

        verify(jobs, never()).startBackfill();
    }
}
