package com.loyaltykpi.bench;

import com.loyaltykpi.core.kpi.KpiTable;
import com.loyaltykpi.core.kpi.KpiCache;

/** A KPI cache that keeps nothing: every query computes from the rollups. */
final class NoCache implements KpiCache {

    @Override
    public KpiTable get(Object key) {
        return null;
    }

    @Override
    public void put(Object key, KpiTable table) {
    }
}
