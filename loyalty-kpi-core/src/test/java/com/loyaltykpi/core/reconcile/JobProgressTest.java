package com.loyaltykpi.core.reconcile;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class JobProgressTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void chunksAddUpAndMoveTheCursor() {
        JobProgress progress = JobProgress.start("backfill", Instant.EPOCH, T0, 5)
                .afterChunk("2", new JobProgress.Counts(2, 1, 0, 1, 0), T0.plusSeconds(1))
                .afterChunk("5", new JobProgress.Counts(3, 2, 1, 0, 1), T0.plusSeconds(2));

        assertThat(progress.cursor()).isEqualTo("5");
        assertThat(progress.done()).isEqualTo(5);
        assertThat(progress.recorded()).isEqualTo(3);
        assertThat(progress.cancelled()).isEqualTo(1);
        assertThat(progress.skipped()).isEqualTo(1);
        assertThat(progress.unreadable()).isEqualTo(1);
        assertThat(progress.finished()).isFalse();
        assertThat(progress.finishedAt(T0.plusSeconds(3)).finished()).isTrue();
    }

    @Test
    void totalGrowsWhenOrdersArriveDuringTheRun() {
        JobProgress progress = JobProgress.start("reconciliation", T0, T0, 1)
                .afterChunk("3", new JobProgress.Counts(3, 0, 0, 0, 0), T0);

        assertThat(progress.total()).isEqualTo(3);
    }
}
