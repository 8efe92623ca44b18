package com.loyaltykpi.core.settings;

import com.loyaltykpi.core.support.SqlDialect;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The LK_SETTING table: the module's settings that live in the database (so that every node shares them). */
public class SettingsStore {

    private final JdbcTemplate jdbc;
    private volatile SqlDialect dialect;

    public SettingsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored value, or null. */
    public String get(String name) {
        List<String> values = jdbc.queryForList("SELECT SETTING_VALUE FROM LK_SETTING WHERE NAME = ?", String.class, name);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The stored settings whose names start with this prefix, by name. */
    public Map<String, String> startingWith(String prefix) {
        final Map<String, String> found = new HashMap<String, String>();
        jdbc.query("SELECT NAME, SETTING_VALUE FROM LK_SETTING WHERE NAME LIKE ?", new RowCallbackHandler() {
            @Override
            public void processRow(ResultSet rs) throws SQLException {
                found.put(rs.getString(1), rs.getString(2));
            }
        }, prefix.replace("%", "") + "%");
        return found;
    }

    /** The whole number stored under this name in settings read with {@link #startingWith}, or the fallback. */
    public static int whole(Map<String, String> stored, String name, int fallback) {
        String value = stored.get(name);
        return value == null ? fallback : Integer.parseInt(value);
    }

    /** Stores the value in one atomic statement: nodes storing the same new setting at once all succeed. */
    public void put(String name, String value) {
        jdbc.update(dialect().upsert("LK_SETTING", "NAME", "SETTING_VALUE"), name, value);
    }

    /**
     * Adds one to the whole number stored under this name (1 where none is), in one statement: transactions counting
     * at once on several nodes wait for each other, and every count is kept.
     */
    public void increment(String name) {
        jdbc.update(dialect().increment("LK_SETTING", "NAME", "SETTING_VALUE"), name);
    }

    public void remove(String name) {
        jdbc.update("DELETE FROM LK_SETTING WHERE NAME = ?", name);
    }

    private SqlDialect dialect() {
        if (dialect == null) {
            dialect = SqlDialect.of(jdbc);
        }
        return dialect;
    }
}
