package com.loyaltykpi.core.schema;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** An index the module's queries or its idempotency rely on. */
public final class IndexSpec {

    private final String name;
    private final String table;
    private final boolean unique;
    private final List<String> columns;

    private IndexSpec(String name, String table, boolean unique, String... columns) {
        this.name = name;
        this.table = table;
        this.unique = unique;
        this.columns = Collections.unmodifiableList(Arrays.asList(columns));
    }

    public static IndexSpec unique(String name, String table, String... columns) {
        return new IndexSpec(name, table, true, columns);
    }

    public static IndexSpec plain(String name, String table, String... columns) {
        return new IndexSpec(name, table, false, columns);
    }

    public String name() {
        return name;
    }

    public String table() {
        return table;
    }

    public boolean isUnique() {
        return unique;
    }

    public List<String> columns() {
        return columns;
    }

    /** Portable on HSQLDB, PostgreSQL and MariaDB/MySQL. */
    public String createStatement() {
        StringBuilder sql = new StringBuilder(unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ");
        sql.append(name).append(" ON ").append(table).append(" (");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(columns.get(i));
        }
        return sql.append(')').toString();
    }
}
