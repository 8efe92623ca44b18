package com.loyaltykpi.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.loyaltykpi.core.period.Granularity;

class DashboardRangeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void presetsEndTodayWithTheirGranularity() {
        assertThat(range("LAST_30_DAYS", null, null, null)).extracting(DashboardRange::from, DashboardRange::granularity)
                .containsExactly(LocalDate.of(2026, 10, 25), Granularity.DAY);
        assertThat(range("THIS_QUARTER", null, null, null).from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(range("LAST_12_MONTHS", null, null, null).from()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(range("year_to_date", null, null, "week")).extracting(DashboardRange::from, DashboardRange::granularity)
                .containsExactly(LocalDate.of(2026, 1, 1), Granularity.WEEK);
        assertThat(range(null, null, null, null).preset()).isEqualTo(RangePreset.LAST_12_MONTHS);
        assertThat(range("LAST_30_DAYS", null, null, null).to()).isEqualTo(TODAY);
    }

    @Test
    void aCustomRangeIsTakenAsGiven() {
        DashboardRange custom = range("CUSTOM", "2024-02-29", "2024-12-31", "QUARTER");
        assertThat(custom.problem()).isNull();
        assertThat(custom.from()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(custom.to()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(custom.granularity()).isEqualTo(Granularity.QUARTER);
    }

    @Test
    void badInputFallsBackToTheLastTwelveMonthsAndSaysWhy() {
        assertThat(range("FOREVER", null, null, null).problem()).isEqualTo("lk.dashboard.error.preset");
        assertThat(range("CUSTOM", "2024-13-01", "2024-12-31", null).problem()).isEqualTo("lk.dashboard.error.date");
        assertThat(range("CUSTOM", null, "2024-12-31", null).problem()).isEqualTo("lk.dashboard.error.date");
        assertThat(range("CUSTOM", "2025-01-02", "2025-01-01", null).problem()).isEqualTo("lk.dashboard.error.order");
        assertThat(range("LAST_30_DAYS", null, null, "CENTURY").problem()).isEqualTo("lk.dashboard.error.granularity");
        DashboardRange tooLong = range("CUSTOM", "2000-01-01", "2026-01-01", "DAY");
        assertThat(tooLong.problem()).isEqualTo("lk.dashboard.error.tooLong");
        assertThat(tooLong.from()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(range("CUSTOM", "2000-01-01", "2026-01-01", "MONTH").problem()).isNull();
    }

    private static DashboardRange range(String preset, String from, String to, String granularity) {
        return DashboardRange.parse(preset, from, to, granularity, TODAY);
    }
}
