package com.loyaltykpi.core.kpi;

import com.loyaltykpi.core.period.Segment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The answer to a {@link KpiQuery}: one row per period and segment (MEMBER, NON_MEMBER, ALL), oldest first. */
public final class KpiTable {

    private final KpiQuery query;
    private final List<KpiRow> rows;

    public KpiTable(KpiQuery query, List<KpiRow> rows) {
        this.query = query;
        this.rows = Collections.unmodifiableList(new ArrayList<KpiRow>(rows));
    }

    public KpiQuery query() {
        return query;
    }

    public List<KpiRow> rows() {
        return rows;
    }

    /** The row of this period and segment, or null when the period is not in the table. */
    public KpiRow row(LocalDate start, Segment segment) {
        for (KpiRow row : rows) {
            if (row.start().equals(start) && row.segment() == segment) {
                return row;
            }
        }
        return null;
    }
}
