package com.loyaltykpi.core.kpi;

import com.loyaltykpi.core.period.Granularity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A KPI report: the periods of one granularity that meet the range (each whole: a range from 15 January to 10
 * March by month reports January, February and March in full), in one currency, for every segment.
 */
public final class KpiQuery {

    private final LocalDate from;
    private final LocalDate to;
    private final Granularity granularity;
    private final String currency;

    public KpiQuery(LocalDate from, LocalDate to, Granularity granularity, String currency) {
        if (from == null || to == null || granularity == null || currency == null) {
            throw new IllegalArgumentException("a KPI query needs a range, a granularity and a currency");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it begins (" + from + ")");
        }
        this.from = from;
        this.to = to;
        this.granularity = granularity;
        this.currency = currency;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public Granularity granularity() {
        return granularity;
    }

    public String currency() {
        return currency;
    }

    /** The starts of the periods reported, oldest first. */
    public List<LocalDate> periodStarts() {
        List<LocalDate> starts = new ArrayList<LocalDate>();
        for (LocalDate start = granularity.start(from); !start.isAfter(to); start = granularity.plus(start, 1)) {
            starts.add(start);
        }
        return starts;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof KpiQuery)) {
            return false;
        }
        KpiQuery q = (KpiQuery) o;
        return from.equals(q.from) && to.equals(q.to) && granularity == q.granularity && currency.equals(q.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, granularity, currency);
    }

    @Override
    public String toString() {
        return granularity + " " + from + ".." + to + " " + currency;
    }
}
