package com.loyaltykpi.server.kpi;

import com.loyaltykpi.core.kpi.KpiCache;
import com.loyaltykpi.core.kpi.KpiTable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** KPI answers kept in memory, the least recently asked dropped first (the keys carry the data version). */
public final class MemoryKpiCache implements KpiCache {

    private final Map<Object, KpiTable> tables;

    public MemoryKpiCache(int capacity) {
        this.tables = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, KpiTable> eldest) {
                return size() > capacity;
            }
        });
    }

    @Override
    public KpiTable get(Object key) {
        return tables.get(key);
    }

    @Override
    public void put(Object key, KpiTable table) {
        tables.put(key, table);
    }
}
