package com.loyaltykpi.core.incrementality;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * Business days (epoch days in the shop's time zone) of epoch-millisecond instants, for millions of orders: the
 * zone's offset is looked up once per quarter of an hour between the first and last instant asked; a quarter hour
 * in which the offset changes (rare: changes fall on whole hours nearly everywhere) is converted instant by instant.
 */
final class BusinessDays {

    private static final long QUARTER_HOUR = 15 * 60 * 1000L;
    private static final long DAY = 24 * 60 * 60 * 1000L;
    private static final int CHANGING = Integer.MIN_VALUE;

    private final ZoneRules rules;
    private final long first;
    private final int[] offsets;

    /** For instants in [from, to) epoch milliseconds; others are converted one by one. */
    BusinessDays(ZoneId zone, long from, long to) {
        this.rules = zone.getRules();
        this.first = Math.floorDiv(from, QUARTER_HOUR);
        int slots = (int) Math.max(0, Math.min(Integer.MAX_VALUE, Math.floorDiv(to, QUARTER_HOUR) - first + 1));
        this.offsets = new int[slots];
        for (int i = 0; i < slots; i++) {
            long start = (first + i) * QUARTER_HOUR;
            int offset = rules.getOffset(Instant.ofEpochMilli(start)).getTotalSeconds();
            int atEnd = rules.getOffset(Instant.ofEpochMilli(start + QUARTER_HOUR - 1)).getTotalSeconds();
            offsets[i] = offset == atEnd ? offset : CHANGING;
        }
    }

    int dayOf(long epochMillis) {
        long slot = Math.floorDiv(epochMillis, QUARTER_HOUR) - first;
        int offset = slot >= 0 && slot < offsets.length ? offsets[(int) slot] : CHANGING;
        if (offset == CHANGING) {
            offset = rules.getOffset(Instant.ofEpochMilli(epochMillis)).getTotalSeconds();
        }
        return (int) Math.floorDiv(epochMillis + offset * 1000L, DAY);
    }
}
