package com.loyaltykpi.core.settings;

import com.loyaltykpi.core.support.DuplicateKeys;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Arrays;
import java.util.List;

/**
 * Locks shared by every node on the database: a row of LK_LOCK, locked for update until the holder's transaction
 * ends. A node killed while holding one loses it with its connection, and its transaction rolls back.
 */
public class ClusterLock {

    private final JdbcTemplate jdbc;
    private final List<String> names;

    public ClusterLock(JdbcTemplate jdbc, String... names) {
        this.jdbc = jdbc;
        this.names = Arrays.asList(names);
    }

    /** At startup, outside any transaction: makes sure each lock has its row. */
    public void createRows() {
        for (String name : names) {
            try {
                if (jdbc.queryForList("SELECT NAME FROM LK_LOCK WHERE NAME = ?", String.class, name).isEmpty()) {
                    jdbc.update("INSERT INTO LK_LOCK (NAME) VALUES (?)", name);
                }
            } catch (RuntimeException e) {
                if (!DuplicateKeys.isDuplicateKey(e)) { // another node created it meanwhile
                    throw e;
                }
            }
        }
    }

    /** Takes the lock for the current transaction, waiting while another node holds it. */
    public void lock(String name) {
        if (jdbc.queryForList("SELECT NAME FROM LK_LOCK WHERE NAME = ? FOR UPDATE", String.class, name).isEmpty()) {
            throw new IllegalStateException("lock " + name + " has no row in LK_LOCK; the module creates it at startup");
        }
    }
}
