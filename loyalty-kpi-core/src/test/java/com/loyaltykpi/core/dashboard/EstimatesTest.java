package com.loyaltykpi.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.loyaltykpi.core.incrementality.Estimate;
import com.loyaltykpi.core.incrementality.EstimateConfiguration;
import com.loyaltykpi.core.incrementality.EstimateRequest;
import com.loyaltykpi.core.incrementality.EstimateSettings;
import com.loyaltykpi.core.incrementality.IncrementalRevenue;
import com.loyaltykpi.core.settings.DataVersion;

/** Estimates are computed in the background once per range, currency, data version and settings, and kept. */
class EstimatesTest {

    private final IncrementalRevenue incrementalRevenue = mock(IncrementalRevenue.class);
    private final EstimateConfiguration configuration = mock(EstimateConfiguration.class);
    private final DataVersion dataVersion = mock(DataVersion.class);
    private final Estimate first = mock(Estimate.class);
    private final Estimate second = mock(Estimate.class);
    private final DashboardRange range = DashboardRange.parse("CUSTOM", "2025-01-01", "2025-06-30", null, LocalDate.of(2026, 1, 1));
    private final Estimates estimates = new Estimates(incrementalRevenue, configuration, dataVersion,
            Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void theFirstAskStartsItTheNextGetItAndANewVersionRefreshesIt() throws Exception {
        when(configuration.current()).thenReturn(EstimateSettings.defaults());
        when(dataVersion.current()).thenReturn(1L);
        CountDownLatch release = new CountDownLatch(1);
        when(incrementalRevenue.estimate(any(EstimateRequest.class))).thenAnswer(invocation -> {
            release.await(10, TimeUnit.SECONDS);
            return first;
        }).thenReturn(second);

        assertThat(estimates.of(range, "EUR")).as("computing").isNull();
        assertThat(estimates.of(range, "EUR")).as("still computing, not started twice").isNull();
        release.countDown();
        Estimates.Kept kept = waitFor(first);
        assertThat(kept.refreshing()).isFalse();
        assertThat(kept.computedAt()).isEqualTo(Instant.parse("2026-01-01T10:00:00Z"));

        when(dataVersion.current()).thenReturn(2L);
        Estimates.Kept stale = estimates.of(range, "EUR");
        assertThat(stale.estimate()).as("the last one meanwhile").isSameAs(first);
        assertThat(stale.refreshing()).isTrue();
        waitFor(second);
        verify(incrementalRevenue, times(2)).estimate(any(EstimateRequest.class));
        estimates.stop();
    }

    @Test
    void aFailureIsKeptAsSuchAndTriedAgainWhenTheSettingsChange() throws Exception {
        when(configuration.current()).thenReturn(EstimateSettings.defaults());
        when(dataVersion.current()).thenReturn(1L);
        when(incrementalRevenue.estimate(any(EstimateRequest.class))).thenThrow(new IllegalStateException("database down"))
                .thenReturn(first);

        estimates.of(range, "EUR");
        Estimates.Kept failed = waitUntil(k -> k != null && k.failed());
        assertThat(failed.estimate()).isNull();
        when(configuration.current()).thenReturn(new EstimateSettings(60, 7, 1, false));
        estimates.of(range, "EUR");
        waitFor(first);
        estimates.stop();
    }

    private Estimates.Kept waitFor(Estimate expected) throws InterruptedException {
        return waitUntil(k -> k != null && k.estimate() == expected);
    }

    private Estimates.Kept waitUntil(java.util.function.Predicate<Estimates.Kept> done) throws InterruptedException {
        long giveUp = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < giveUp) {
            Estimates.Kept kept = estimates.of(range, "EUR");
            if (done.test(kept)) {
                return kept;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("not computed in time");
    }
}
