package com.loyaltykpi.it.kpi;

import com.loyaltykpi.core.kpi.Kpi;
import com.loyaltykpi.core.kpi.KpiCsv;
import com.loyaltykpi.core.kpi.KpiRow;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** A KPI's value as the CSV export writes it (KPIS.md's format), or its absence, against the expected one. */
final class KpiAssertions {

    private KpiAssertions() {
    }

    static void assertValue(KpiRow row, Kpi kpi, String expected) {
        BigDecimal value = row.value(kpi);
        assertThat(value).as(kpi.column() + " of " + row.segment()).isNotNull();
        String shown = KpiCsv.format(kpi, value, row.currency());
        assertThat(shown).as(kpi.column() + " of " + row.segment() + " " + row.start()).isEqualTo(expected);
    }

    static void assertUndefined(KpiRow row, Kpi kpi) {
        assertThat(row.value(kpi)).as(kpi.column() + " of " + row.segment() + " " + row.start() + " is n/a").isNull();
    }
}
