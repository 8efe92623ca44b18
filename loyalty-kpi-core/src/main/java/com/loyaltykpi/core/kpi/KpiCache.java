package com.loyaltykpi.core.kpi;


/** Where KPI answers are kept between identical questions (each platform adapter brings its cache). */
public interface KpiCache {

    /** The cached table, or null. */
    KpiTable get(Object key);

    void put(Object key, KpiTable table);
}
