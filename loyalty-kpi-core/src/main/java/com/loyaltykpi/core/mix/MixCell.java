package com.loyaltykpi.core.mix;

import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.period.Segment;

import java.time.LocalDate;
import java.util.Objects;

/** The key of a row of the order mix: granularity, period start, segment, currency, value step. */
final class MixCell {

    final Granularity granularity;
    final LocalDate start;
    final Segment segment;
    final String currency;
    final int step;

    MixCell(Granularity granularity, LocalDate start, Segment segment, String currency, int step) {
        this.granularity = granularity;
        this.start = start;
        this.segment = segment;
        this.currency = currency;
        this.step = step;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MixCell)) {
            return false;
        }
        MixCell other = (MixCell) o;
        return granularity == other.granularity && start.equals(other.start) && segment == other.segment
                && currency.equals(other.currency) && step == other.step;
    }

    @Override
    public int hashCode() {
        return Objects.hash(granularity, start, segment, currency, step);
    }
}
