package com.loyaltykpi.core.support;

import org.springframework.jdbc.support.KeyHolder;

import java.util.Map;

/**
 * The identity a database generated for an insert (Statement.RETURN_GENERATED_KEYS). PostgreSQL returns the whole
 * row (column "id"), HSQLDB the identity column ("ID"), MariaDB one value ("insert_id").
 */
public final class GeneratedIds {

    private GeneratedIds() {
    }

    public static long of(KeyHolder keys) {
        Map<String, Object> row = keys.getKeys();
        for (Map.Entry<String, Object> column : row.entrySet()) {
            if ("ID".equalsIgnoreCase(column.getKey())) {
                return ((Number) column.getValue()).longValue();
            }
        }
        if (row.size() == 1) {
            return ((Number) row.values().iterator().next()).longValue();
        }
        throw new IllegalStateException("no generated id among " + row.keySet());
    }
}
