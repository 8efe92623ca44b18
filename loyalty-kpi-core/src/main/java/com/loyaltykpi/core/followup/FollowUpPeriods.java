package com.loyaltykpi.core.followup;

import com.loyaltykpi.core.period.BusinessCalendar;
import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.period.Segment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The follow-up KPIs of each (period, segment): follow-ups opened in the period, closed in the period, and the
 * median time from opening to closing of those closed in it, in hours. Counted from the follow-ups themselves
 * (one row per unhappy answer: few), exactly, not from rollups: a median does not add up.
 */
public final class FollowUpPeriods {

    private static final BigDecimal MILLIS_PER_HOUR = BigDecimal.valueOf(3_600_000L);

    private final Map<String, long[]> counts = new HashMap<String, long[]>();
    private final Map<String, List<Long>> closeMillis = new HashMap<String, List<Long>>();

    /** @param rows the follow-ups opened or closed within the periods asked for (others are ignored) */
    public FollowUpPeriods(List<FollowUpTimes> rows, BusinessCalendar calendar, Granularity granularity) {
        for (FollowUpTimes row : rows) {
            LocalDate opened = granularity.start(calendar.dayOf(row.openedAt()));
            for (Segment segment : new Segment[] {row.segment(), Segment.ALL}) {
                counts(opened, segment)[0]++;
                if (row.closedAt() != null) {
                    LocalDate closed = granularity.start(calendar.dayOf(row.closedAt()));
                    counts(closed, segment)[1]++;
                    durations(closed, segment).add(row.closedAt().toEpochMilli() - row.openedAt().toEpochMilli());
                }
            }
        }
    }

    private static String key(LocalDate start, Segment segment) {
        return start + "|" + segment;
    }

    private long[] counts(LocalDate start, Segment segment) {
        return counts.computeIfAbsent(key(start, segment), k -> new long[2]);
    }

    private List<Long> durations(LocalDate start, Segment segment) {
        return closeMillis.computeIfAbsent(key(start, segment), k -> new ArrayList<Long>());
    }

    public long opened(LocalDate start, Segment segment) {
        long[] found = counts.get(key(start, segment));
        return found == null ? 0 : found[0];
    }

    public long closed(LocalDate start, Segment segment) {
        long[] found = counts.get(key(start, segment));
        return found == null ? 0 : found[1];
    }

    /** The median hours to close of the follow-ups closed in the period; null when none was. */
    public BigDecimal medianHoursToClose(LocalDate start, Segment segment) {
        List<Long> found = closeMillis.get(key(start, segment));
        if (found == null || found.isEmpty()) {
            return null;
        }
        List<Long> sorted = new ArrayList<Long>(found);
        Collections.sort(sorted);
        int n = sorted.size();
        BigDecimal middle = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1)).add(BigDecimal.valueOf(sorted.get(n / 2)))
                        .divide(BigDecimal.valueOf(2));
        return middle.divide(MILLIS_PER_HOUR, MathContext.DECIMAL64);
    }
}
