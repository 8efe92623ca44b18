package com.loyaltykpi.core.support;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/** The few places where the module's SQL differs between the databases it runs on. */
public enum SqlDialect {
    POSTGRESQL,
    MARIADB,
    HSQLDB;

    /** The dialect of the database behind this template (HSQLDB for any database it does not know). */
    public static SqlDialect of(JdbcTemplate jdbc) {
        return jdbc.execute((ConnectionCallback<SqlDialect>) connection -> of(connection.getMetaData()));
    }

    /** The dialect of the database this connection's metadata describes (HSQLDB for any it does not know). */
    public static SqlDialect of(DatabaseMetaData meta) throws SQLException {
        String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        return product.contains("mariadb") || product.contains("mysql") ? MARIADB : HSQLDB;
    }

    /** The whole number {@code column / divisor} rounded down, of a non-negative column (MariaDB's "/" gives a decimal). */
    public String wholeQuotient(String column, long divisor) {
        return column + (this == MARIADB ? " DIV " : " / ") + divisor;
    }

    /** A numeric column as a double: PostgreSQL's logarithms of NUMERIC are exact and about thirty times slower. */
    public String asDouble(String column) {
        return "CAST(" + column + (this == POSTGRESQL ? " AS DOUBLE PRECISION)" : " AS DOUBLE)");
    }

    /**
     * The join of a big table to a small lookup table ({@code table} with its alias), the big one read first:
     * MariaDB's optimizer otherwise may take the small table, whose statistics are not fresh yet, as the outer one.
     */
    public String lookupJoin(String table) {
        return (this == MARIADB ? "STRAIGHT_JOIN " : "JOIN ") + table;
    }

    /**
     * Working memory for the big sorts and hash tables of the current transaction: PostgreSQL's default (4 MB)
     * spills them to temporary files. MariaDB has no transaction-scoped setting: see {@link #withMemory}.
     */
    public void setTransactionMemory(JdbcTemplate jdbc, int megabytes) {
        if (this == POSTGRESQL) {
            jdbc.execute("SET LOCAL work_mem = '" + megabytes + "MB'");
        }
    }

    /**
     * The statement with room for its internal temporary tables on MariaDB, for that statement only
     * ({@code SET STATEMENT ... FOR}): the default 16 MB sends a grouping of a million rows to disk. Unchanged on
     * the others.
     */
    public String withMemory(String sql, int megabytes) {
        if (this != MARIADB) {
            return sql;
        }
        long bytes = megabytes * 1024L * 1024L;
        return "SET STATEMENT tmp_table_size = " + bytes + ", max_heap_table_size = " + bytes + " FOR " + sql;
    }

    /**
     * Refreshes the planner's statistics of a table after a bulk write (a database with autovacuum off, or lagging
     * behind, would otherwise plan the next queries for the table as it was). HSQLDB keeps none.
     */
    public void analyze(JdbcTemplate jdbc, String table) {
        if (this == POSTGRESQL) {
            jdbc.execute("ANALYZE " + table);
        } else if (this == MARIADB) {
            jdbc.queryForList("ANALYZE TABLE " + table);
        }
    }

    /**
     * One statement that stores {@code (key, value)} in a table keyed by {@code keyColumn}, replacing the value where
     * the key is stored: atomic, so two nodes storing the same new key at once both succeed (an UPDATE, then an
     * INSERT where it found nothing, fails the second node with a duplicate key). Parameters: key, value.
     */
    public String upsert(String table, String keyColumn, String valueColumn) {
        return merge(table, keyColumn, valueColumn, "?", offered(valueColumn));
    }

    /**
     * One statement that adds one to the whole number stored as text under a key, or stores 1 where the key is not
     * stored: two transactions counting at once wait for each other and both count. Parameter: key.
     */
    public String increment(String table, String keyColumn, String valueColumn) {
        String stored = this == MARIADB ? valueColumn : table + "." + valueColumn;
        String plusOne = this == MARIADB ? "CAST(CAST(" + stored + " AS SIGNED) + 1 AS CHAR)"
                : "CAST(CAST(" + stored + " AS BIGINT) + 1 AS VARCHAR(255))";
        return merge(table, keyColumn, valueColumn, "'1'", plusOne);
    }

    /** The insert of {@code (?, inserted)}, or where the key is stored the update of its value to {@code updated}. */
    private String merge(String table, String keyColumn, String valueColumn, String inserted, String updated) {
        if (this == POSTGRESQL) {
            return "INSERT INTO " + table + " (" + keyColumn + ", " + valueColumn + ") VALUES (?, " + inserted
                    + ") ON CONFLICT (" + keyColumn + ") DO UPDATE SET " + valueColumn + " = " + updated;
        }
        if (this == MARIADB) {
            return "INSERT INTO " + table + " (" + keyColumn + ", " + valueColumn + ") VALUES (?, " + inserted
                    + ") ON DUPLICATE KEY UPDATE " + valueColumn + " = " + updated;
        }
        return "MERGE INTO " + table + " USING (VALUES (CAST(? AS VARCHAR(255)), CAST(" + inserted
                + " AS VARCHAR(255)))) AS OFFERED (K, V) ON " + table + "." + keyColumn + " = OFFERED.K"
                + " WHEN MATCHED THEN UPDATE SET " + valueColumn + " = " + updated
                + " WHEN NOT MATCHED THEN INSERT (" + keyColumn + ", " + valueColumn + ") VALUES (OFFERED.K, OFFERED.V)";
    }

    /** The value an {@link #upsert} offered, as its update refers to it. */
    private String offered(String valueColumn) {
        if (this == POSTGRESQL) {
            return "EXCLUDED." + valueColumn;
        }
        return this == MARIADB ? "VALUES(" + valueColumn + ")" : "OFFERED.V";
    }
}
