package com.loyaltykpi.admin.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.loyaltykpi.core.reconcile.JobProgress;

class BackfillStatusTest {

    private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void neverStarted() {
        assertThat(BackfillStatus.of(null, false)).containsEntry("started", false).containsEntry("running", false);
    }

    @Test
    void aBackfillJustStartedIsRunningAtZeroPercent() {
        JobProgress progress = JobProgress.start("backfill", null, START, 10_000);
        Map<String, Object> status = BackfillStatus.of(progress, true);
        assertThat(status).containsEntry("percent", 0).containsEntry("running", true).containsEntry("interrupted", false);
    }

    @Test
    void aStoppedUnfinishedBackfillIsInterrupted() {
        Map<String, Object> status = BackfillStatus.of(JobProgress.start("backfill", null, START, 10), false);
        assertThat(status).containsEntry("interrupted", true).containsEntry("finished", false);
    }
}
