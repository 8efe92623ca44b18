package com.loyaltykpi.core.followup;

import com.loyaltykpi.core.period.BusinessCalendar;
import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.period.Segment;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The follow-up KPIs against hand-computed numbers, in the shop's time zone. */
class FollowUpPeriodsTest {

    private static final BusinessCalendar ROME = new BusinessCalendar(ZoneId.of("Europe/Rome"));

    private static FollowUpTimes followUp(Segment segment, String opened, String closed) {
        return new FollowUpTimes(segment, Instant.parse(opened), closed == null ? null : Instant.parse(closed));
    }

    @Test
    void openedClosedAndTheMedianHoursToCloseOfEachPeriodAndSegment() {
        FollowUpPeriods days = new FollowUpPeriods(Arrays.asList(
                // opened on 1 March (Rome), closed 2 hours later
                followUp(Segment.MEMBER, "2026-03-01T09:00:00Z", "2026-03-01T11:00:00Z"),
                // opened on 1 March, closed on 2 March after 30 hours
                followUp(Segment.MEMBER, "2026-03-01T10:00:00Z", "2026-03-02T16:00:00Z"),
                // opened at 23:30 UTC on 28 February: 1 March in Rome; still open
                followUp(Segment.NON_MEMBER, "2026-02-28T23:30:00Z", null),
                // opened on 2 March, closed the same day after 6 hours
                followUp(Segment.NON_MEMBER, "2026-03-02T08:00:00Z", "2026-03-02T14:00:00Z")), ROME, Granularity.DAY);
        LocalDate first = LocalDate.of(2026, 3, 1);
        LocalDate second = LocalDate.of(2026, 3, 2);

        assertThat(days.opened(first, Segment.MEMBER)).isEqualTo(2);
        assertThat(days.opened(first, Segment.NON_MEMBER)).isEqualTo(1);
        assertThat(days.opened(first, Segment.ALL)).isEqualTo(3);
        assertThat(days.closed(first, Segment.ALL)).isEqualTo(1);
        assertThat(days.medianHoursToClose(first, Segment.ALL)).isEqualByComparingTo("2");
        assertThat(days.opened(second, Segment.ALL)).isEqualTo(1);
        assertThat(days.closed(second, Segment.ALL)).isEqualTo(2);
        // closed on 2 March: 30 h and 6 h, median 18 h
        assertThat(days.medianHoursToClose(second, Segment.ALL)).isEqualByComparingTo("18");
        assertThat(days.medianHoursToClose(second, Segment.MEMBER)).isEqualByComparingTo("30");
        assertThat(days.medianHoursToClose(first, Segment.NON_MEMBER)).as("none closed: undefined").isNull();

        FollowUpPeriods months = new FollowUpPeriods(Arrays.asList(
                followUp(Segment.MEMBER, "2026-03-01T09:00:00Z", "2026-03-01T11:00:00Z"),
                followUp(Segment.MEMBER, "2026-03-01T10:00:00Z", "2026-03-02T16:00:00Z"),
                followUp(Segment.NON_MEMBER, "2026-03-02T08:00:00Z", "2026-03-02T14:00:00Z")), ROME, Granularity.MONTH);
        // 2, 6 and 30 hours: the median is the middle one
        assertThat(months.medianHoursToClose(LocalDate.of(2026, 3, 1), Segment.ALL)).isEqualByComparingTo("6");
        assertThat(months.closed(LocalDate.of(2026, 3, 1), Segment.ALL)).isEqualTo(3);
        assertThat(months.medianHoursToClose(LocalDate.of(2026, 3, 1), Segment.ALL).compareTo(BigDecimal.TEN)).isNegative();
    }
}
