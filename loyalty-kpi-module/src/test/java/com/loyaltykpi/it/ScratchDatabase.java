package com.loyaltykpi.it;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** An empty database of a test's own on one of the supported databases, dropped when the test is done. */
public final class ScratchDatabase implements AutoCloseable {

    private final TestDatabase database;
    private final String name;
    private final JdbcTemplate jdbc;

    private ScratchDatabase(TestDatabase database, String name, JdbcTemplate jdbc) {
        this.database = database;
        this.name = name;
        this.jdbc = jdbc;
    }

    /** Skips the test where the database is not available (and not required), else creates an empty one. */
    public static ScratchDatabase create(TestDatabase database) throws Exception {
        database.assumeAvailable();
        String name = TestDatabase.uniqueName();
        String url = database.create(name);
        return new ScratchDatabase(database, name,
                new JdbcTemplate(new DriverManagerDataSource(url, database.user(), database.password())));
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    @Override
    public void close() throws Exception {
        database.drop(name);
    }
}
