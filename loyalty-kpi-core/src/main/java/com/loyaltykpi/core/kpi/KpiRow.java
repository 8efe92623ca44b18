package com.loyaltykpi.core.kpi;

import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.period.Segment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The KPIs of one period, segment and currency; a KPI without a value is undefined (shown "n/a"). */
public final class KpiRow {

    private final Granularity granularity;
    private final LocalDate start;
    private final Segment segment;
    private final String currency;
    private final Map<Kpi, BigDecimal> values;

    public KpiRow(Granularity granularity, LocalDate start, Segment segment, String currency, Map<Kpi, BigDecimal> values) {
        this.granularity = granularity;
        this.start = start;
        this.segment = segment;
        this.currency = currency;
        this.values = Collections.unmodifiableMap(new EnumMap<Kpi, BigDecimal>(values.isEmpty()
                ? new EnumMap<Kpi, BigDecimal>(Kpi.class) : values));
    }

    public Granularity granularity() {
        return granularity;
    }

    public LocalDate start() {
        return start;
    }

    /** The last day of the period. */
    public LocalDate end() {
        return granularity.end(start);
    }

    public Segment segment() {
        return segment;
    }

    public String currency() {
        return currency;
    }

    /** The KPI's value, or null when it is undefined (or belongs to the period's ALL row). */
    public BigDecimal value(Kpi kpi) {
        return values.get(kpi);
    }

    public boolean defined(Kpi kpi) {
        return values.get(kpi) != null;
    }
}
