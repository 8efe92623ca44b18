package com.loyaltykpi.sample;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Where the sample shop keeps its data: an HSQLDB file under the data folder (the default, nothing to install),
 * or a database of its own on a PostgreSQL or MariaDB server, created at the first start
 * ({@code -Dsample.db=postgresql|mariadb}; the server's address and account with {@code -Dsample.db.server},
 * {@code -Dsample.db.user}, {@code -Dsample.db.password}).
 */
enum SampleDatabase {

    HSQLDB("org.hibernate.dialect.HSQLDialect", null, "SA", "") {
        @Override
        String prepare(File dataDir) {
            if (!dataDir.isDirectory() && !dataDir.mkdirs()) {
                throw new IllegalStateException("cannot create the data folder " + dataDir);
            }
            // MVCC: row locks, so concurrent checkouts do not deadlock on HSQLDB's default table locks
            return "jdbc:hsqldb:file:" + new File(dataDir, "shop").getAbsolutePath() + ";shutdown=true;hsqldb.tx=mvcc";
        }

        @Override
        String describe(File dataDir) {
            return "HSQLDB file in " + dataDir.getAbsolutePath() + " (delete the folder to start afresh)";
        }
    },

    POSTGRESQL("org.hibernate.dialect.PostgreSQL82Dialect", "jdbc:postgresql://127.0.0.1:5432/", "postgres", "") {
        @Override
        String prepare(File dataDir) throws SQLException {
            if (!exists("SELECT 1 FROM pg_database WHERE datname = '" + NAME + "'")) {
                admin("CREATE DATABASE " + NAME + " ENCODING 'UTF8' TEMPLATE template0");
            }
            return serverUrl() + NAME + "?reWriteBatchedInserts=true";
        }

        @Override
        String adminUrl() {
            return serverUrl() + "postgres";
        }
    },

    MARIADB("org.hibernate.dialect.MySQL5InnoDBDialect", "jdbc:mariadb://127.0.0.1:3306/", "root", "") {
        @Override
        String prepare(File dataDir) throws SQLException {
            // utf8mb3: one of Broadleaf 3.1's indexes is too long for utf8mb4
            admin("CREATE DATABASE IF NOT EXISTS " + NAME + " CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci");
            return serverUrl() + NAME + "?rewriteBatchedStatements=true";
        }
    };

    /** The database the sample creates on a server (-Dsample.db.name, default loyalty_sample). */
    static final String NAME = setting("sample.db.name", "loyalty_sample");

    final String dialect;
    private final String defaultServerUrl;
    private final String defaultUser;
    private final String defaultPassword;

    SampleDatabase(String dialect, String defaultServerUrl, String defaultUser, String defaultPassword) {
        this.dialect = dialect;
        this.defaultServerUrl = defaultServerUrl;
        this.defaultUser = defaultUser;
        this.defaultPassword = defaultPassword;
    }

    /** The database named by -Dsample.db, with a clear message for a name it does not know. */
    static SampleDatabase named(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sample.db must be hsqldb, postgresql or mariadb, not '" + name + "'");
        }
    }

    /** Makes sure the database exists; returns its JDBC URL. */
    abstract String prepare(File dataDir) throws SQLException;

    String describe(File dataDir) {
        return name().toLowerCase(Locale.ROOT) + " database " + NAME + " at " + serverUrl();
    }

    String serverUrl() {
        return setting("sample.db.server", defaultServerUrl);
    }

    String user() {
        return setting("sample.db.user", defaultUser);
    }

    String password() {
        return setting("sample.db.password", defaultPassword);
    }

    String adminUrl() {
        return serverUrl();
    }

    void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl(), user(), password()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    boolean exists(String query) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl(), user(), password()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            return rs.next();
        }
    }

    /** A setting of the command line; unset or blank (as Maven passes one the user did not give) is the default. */
    static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.trim().isEmpty() ? fallback : value.trim();
    }
}
