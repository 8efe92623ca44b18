package com.loyaltykpi.core.support;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;

import java.sql.SQLException;

/**
 * Recognises a unique-key violation on every supported database, so that a replayed write can be told apart
 * from a real failure. Spring 3.2 does not know MariaDB's product name, hence the SQL state check.
 */
public final class DuplicateKeys {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final int MYSQL_DUPLICATE_ENTRY = 1062;

    private DuplicateKeys() {
    }

    public static boolean isDuplicateKey(RuntimeException e) {
        if (e instanceof DuplicateKeyException) {
            return true;
        }
        if (!(e instanceof DataAccessException)) {
            return false;
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException && isDuplicateKey((SQLException) cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDuplicateKey(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState()) || next.getErrorCode() == MYSQL_DUPLICATE_ENTRY) {
                return true;
            }
        }
        return false;
    }
}
