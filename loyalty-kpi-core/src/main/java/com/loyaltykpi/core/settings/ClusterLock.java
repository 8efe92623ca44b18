package com.loyaltykpi.core.settings;

import com.loyaltykpi.core.support.DuplicateKeys;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

/**
 * Locks shared by every node on the database: a row of LK_LOCK, locked by an update until the holder's transaction
 * ends. A node killed while holding one loses it with its connection, and its transaction rolls back. A taker waits
 * at most the configured time (the update's query timeout): then it gets {@link Busy}, and a scheduled job skips
 * its run and tries again at the next one, never blocked behind a holder that hangs.
 */
public class ClusterLock {

    /**
     * Takes the row's write lock until the transaction ends. An update rather than SELECT ... FOR UPDATE: HSQLDB in
     * MVCC mode (the sample shop's) lets a second FOR UPDATE through at once, but makes a second update wait.
     */
    private static final String TAKE = "UPDATE LK_LOCK SET NAME = NAME WHERE NAME = ?";

    private final JdbcTemplate jdbc;
    /** The same data source, each statement waiting at most {@link #waitSeconds}. */
    private final JdbcTemplate timed;
    private final int waitSeconds;
    private final List<String> names;

    /** Waits at most a minute for a lock. */
    public ClusterLock(JdbcTemplate jdbc, String... names) {
        this(jdbc, 60, names);
    }

    /** @param waitSeconds how long a taker waits for a lock another node holds (at least 1) */
    public ClusterLock(JdbcTemplate jdbc, int waitSeconds, String... names) {
        this.jdbc = jdbc;
        this.waitSeconds = Math.max(1, waitSeconds);
        this.timed = timed(jdbc.getDataSource());
        this.names = Arrays.asList(names);
    }

    /** The lock was not taken within the wait: another node holds it (or the database did not answer). */
    public static final class Busy extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Busy(String name, int seconds, Throwable cause) {
            super("lock " + name + " not taken within " + seconds + " s: another node holds it", cause);
        }
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

    /** Takes the lock for the current transaction, waiting at most the configured time while another node holds it. */
    public void lock(String name) {
        take(timed, name);
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
            JdbcTemplate own = timed(new SingleConnectionDataSource(connection, true));
            take(own, name);
            return new Held(connection, own, name);
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
        private final JdbcTemplate own;
        private final String name;

        Held(Connection connection, JdbcTemplate own, String name) {
            this.connection = connection;
            this.own = own;
            this.name = name;
        }

        /**
         * Checks, before a chunk of work, that the lock is still held: its connection answers and its row is still
         * locked by it (taking a row one holds returns at once). Throws when the lock was lost (the connection
         * dropped, the database restarted): the work stops, and the next run resumes it.
         */
        public void verify() {
            try {
                take(own, name);
            } catch (RuntimeException e) {
                throw new IllegalStateException("lock " + name + " is no longer held; stopping", e);
            }
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

    /** Locks the row through a template whose statements wait at most the configured time. */
    private void take(JdbcTemplate timedTemplate, String name) {
        int rows;
        try {
            rows = timedTemplate.update(TAKE, name);
        } catch (DataAccessException e) {
            if (serializationFailure(e)) {
                // a repeatable-read transaction that began before another node's turn ended: not busy, too old
                throw new ConcurrencyFailureException("lock " + name + " was held and released by another node "
                        + "after this transaction began; start it again", e);
            }
            throw new Busy(name, waitSeconds, e);
        }
        if (rows == 0) {
            throw new IllegalStateException("lock " + name + " has no row in LK_LOCK; call createRows() first");
        }
    }

    /** Whether the database refused the update because a newer version of the row was committed (SQLSTATE 40001). */
    private static boolean serializationFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException && "40001".equals(((SQLException) t).getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private JdbcTemplate timed(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setQueryTimeout(waitSeconds);
        return template;
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
