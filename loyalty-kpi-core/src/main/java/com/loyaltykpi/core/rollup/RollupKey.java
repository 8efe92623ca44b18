package com.loyaltykpi.core.rollup;

import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.period.Segment;

import java.time.LocalDate;
import java.util.Objects;

/** One row of LK_ROLLUP: a period of some granularity, a segment, a currency. */
public final class RollupKey {

    private final Granularity granularity;
    private final LocalDate start;
    private final Segment segment;
    private final String currency;

    public RollupKey(Granularity granularity, LocalDate start, Segment segment, String currency) {
        this.granularity = granularity;
        this.start = start;
        this.segment = segment;
        this.currency = currency;
    }

    public Granularity granularity() {
        return granularity;
    }

    public LocalDate start() {
        return start;
    }

    public Segment segment() {
        return segment;
    }

    public String currency() {
        return currency;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RollupKey)) {
            return false;
        }
        RollupKey k = (RollupKey) o;
        return granularity == k.granularity && start.equals(k.start) && segment == k.segment && currency.equals(k.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(granularity, start, segment, currency);
    }
}
