package com.loyaltykpi.core.settings;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Results computed from the module's tables, kept until the data changes (the data version is part of each key),
 * the most recent {@code size} of them: what a screen that asks the same question again reads without a query.
 */
public final class KeptResults<V> {

    private final DataVersion dataVersion;
    private final Map<List<Object>, V> kept;

    public KeptResults(DataVersion dataVersion, final int size) {
        this.dataVersion = dataVersion;
        this.kept = new LinkedHashMap<List<Object>, V>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Object>, V> eldest) {
                return size() > size;
            }
        };
    }

    /** The result for this question at the current data version: kept, or computed now (outside the lock) and kept. */
    public V get(List<Object> question, Supplier<V> compute) {
        List<Object> key = new ArrayList<Object>(question);
        key.add(dataVersion.current());
        synchronized (kept) {
            V found = kept.get(key);
            if (found != null) {
                return found;
            }
        }
        V result = compute.get();
        synchronized (kept) {
            kept.put(key, result);
        }
        return result;
    }
}
