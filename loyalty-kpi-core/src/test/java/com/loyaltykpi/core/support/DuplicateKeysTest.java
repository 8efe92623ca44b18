package com.loyaltykpi.core.support;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.UncategorizedSQLException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateKeysTest {

    @Test
    void recognisesUniqueViolationsOfEverySupportedDatabase() {
        assertThat(DuplicateKeys.isDuplicateKey(new DuplicateKeyException("dup"))).isTrue();
        assertThat(DuplicateKeys.isDuplicateKey(wrapped(new SQLException("pg or hsqldb", "23505")))).isTrue();
        assertThat(DuplicateKeys.isDuplicateKey(wrapped(new SQLException("Duplicate entry", "23000", 1062)))).isTrue();
        assertThat(DuplicateKeys.isDuplicateKey(new UncategorizedSQLException("batch", "INSERT",
                new java.sql.BatchUpdateException("batch", "23505", null)))).isTrue();
    }

    @Test
    void otherFailuresAreNotReplays() {
        assertThat(DuplicateKeys.isDuplicateKey(wrapped(new SQLException("not null", "23502")))).isFalse();
        assertThat(DuplicateKeys.isDuplicateKey(wrapped(new SQLException("foreign key", "23000", 1452)))).isFalse();
        assertThat(DuplicateKeys.isDuplicateKey(new IllegalStateException("no"))).isFalse();
    }

    private static RuntimeException wrapped(SQLException e) {
        return new DataIntegrityViolationException("wrapped", e);
    }
}
