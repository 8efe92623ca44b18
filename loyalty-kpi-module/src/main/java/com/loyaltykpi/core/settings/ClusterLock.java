package com.loyaltykpi.core.settings;

import com.loyaltykpi.core.support.DuplicateKeys;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * Locks shared by every node on the database: a row of LK_LOCK, locked by an update until the holder's transaction
 * ends. A node killed while holding one loses it with its connection, and its transaction rolls back.
 */
public class ClusterLock {

    /**
     * Takes the row's write lock until the transaction ends. An update rather than SELECT ... FOR UPDATE: HSQLDB in
     * MVCC mode (the sample shop's) lets a second FOR UPDATE through at once, but makes a second update wait.
     */
    private static final String TAKE = "UPDATE LK_LOCK SET NAME = NAME WHERE NAME = ?";

    private final JdbcTemplate jdbc;
    private final List<String> names;

    public ClusterLock(JdbcTemplate jdbc, String... names) {
        this.jdbc = jdbc;
        this.names = Arrays.asList(names);
    }

    /**
     * Makes sure each lock has its row: at startup, and before each job opens its transaction (the tables may
     * have been recreated since). Never call it inside a transaction that holds a lock.
     */
    public void createRows() {
        for (String name : names) {
            createRow(name);
        }
    }

    /** Takes the lock for the current transaction, waiting while another node holds it. */
    public void lock(String name) {
        if (!lockRow(name)) {
            throw new IllegalStateException("lock " + name + " has no row in LK_LOCK; call createRows() first");
        }
    }

    /**
     * Takes the lock on a connection of its own, outside any transaction of the caller's thread, waiting while
     * another node holds it; closing the returned handle releases it. For work that runs transactions of several
     * kinds meanwhile (the platform's, the module's), which cannot share the thread with a lock transaction.
     */
    public Held hold(String name) {
        Connection connection = null;
        try {
            connection = jdbc.getDataSource().getConnection();
            connection.setAutoCommit(false);
            JdbcTemplate own = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            if (own.update(TAKE, name) == 0) {
                throw new IllegalStateException("lock " + name + " has no row in LK_LOCK; call createRows() first");
            }
            return new Held(connection, name);
        } catch (SQLException | RuntimeException e) {
            release(connection);
            throw e instanceof SQLException ? new IllegalStateException("cannot take lock " + name, e) : (RuntimeException) e;
        }
    }

    /**
     * Called just before a lock taken by {@link #hold} is released, on the holder's thread; nothing by default. A
     * subclass may record who held what (the reliability tests journal every hold of every node).
     */
    protected void releasing(String name) {
        // nothing to record by default
    }

    /** A lock held on its own connection until closed. */
    public final class Held implements AutoCloseable {
        private final Connection connection;
        private final String name;

        Held(Connection connection, String name) {
            this.connection = connection;
            this.name = name;
        }

        /** Releases the lock (the connection's transaction ends: it wrote nothing). */
        @Override
        public void close() {
            releasing(name);
            release(connection);
        }
    }

    private static void release(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is lost: so is the lock
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing more to release
        }
    }

    private boolean lockRow(String name) {
        return jdbc.update(TAKE, name) > 0;
    }

    /** Inserts the row on a connection of its own, committed at once, outside the caller's transaction. */
    private void createRow(String name) {
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            connection.setAutoCommit(true);
            JdbcTemplate own = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            if (own.queryForList("SELECT NAME FROM LK_LOCK WHERE NAME = ?", String.class, name).isEmpty()) {
                own.update("INSERT INTO LK_LOCK (NAME) VALUES (?)", name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create lock " + name, e);
        } catch (RuntimeException e) {
            if (!DuplicateKeys.isDuplicateKey(e)) { // another node created it meanwhile
                throw e;
            }
        }
    }
}
