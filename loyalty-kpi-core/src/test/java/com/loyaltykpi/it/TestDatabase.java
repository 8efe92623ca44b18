package com.loyaltykpi.it;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The databases the integration tests run on. Each run creates its own database with a unique name and drops
 * it afterwards; databases left by a killed run are dropped by the next run once they are a day old.
 * Servers are found at the addresses of this machine kind (override with -Dloyalty.it.postgresql.url etc.).
 * A missing server skips its tests with a message, unless -Dloyalty.it.require names it (CI does).
 */
public enum TestDatabase {

    HSQLDB("hsqldb", "HSQLDB (embedded)", "org.hibernate.dialect.HSQLDialect", null, "SA", "") {
        @Override
        public String create(String name) {
            return "jdbc:hsqldb:mem:" + name;
        }

        @Override
        public void drop(String name) throws SQLException {
            try (Connection c = DriverManager.getConnection(create(name), user, password); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }

        @Override
        public String withoutForeignKeyChecks(boolean off) {
            return "SET DATABASE REFERENTIAL INTEGRITY " + (off ? "FALSE" : "TRUE");
        }

        @Override
        List<String> staleDatabases(Statement s) {
            return new ArrayList<String>();
        }
    },

    POSTGRESQL("postgresql", "PostgreSQL", "org.hibernate.dialect.PostgreSQL82Dialect", "jdbc:postgresql://127.0.0.1:5432/postgres?connectTimeout=3", "postgres", "") {
        @Override
        public String create(String name) throws SQLException {
            admin("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            return adminUrl.replaceFirst("/postgres(\\?|$)", "/" + name + "$1") + "&reWriteBatchedInserts=true";
        }

        @Override
        public void drop(String name) throws SQLException {
            admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }

        @Override
        public String withoutForeignKeyChecks(boolean off) {
            return "SET session_replication_role = " + (off ? "replica" : "DEFAULT");
        }

        @Override
        List<String> staleDatabases(Statement s) throws SQLException {
            return names(s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'lk\\_test\\_%'"));
        }
    },

    MARIADB("mariadb", "MariaDB", "org.hibernate.dialect.MySQL5InnoDBDialect", "jdbc:mariadb://127.0.0.1:3306/?connectTimeout=3000", "root", "") {
        @Override
        public String create(String name) throws SQLException {
            // utf8mb3: one of Broadleaf 3.1's indexes is too long for utf8mb4 (BROADLEAF-3.1.md)
            admin("CREATE DATABASE " + name + " CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci");
            return adminUrl.replaceFirst("/\\?", "/" + name + "?") + "&rewriteBatchedStatements=true";
        }

        @Override
        public void drop(String name) throws SQLException {
            admin("DROP DATABASE IF EXISTS " + name);
        }

        @Override
        public String withoutForeignKeyChecks(boolean off) {
            return "SET FOREIGN_KEY_CHECKS = " + (off ? "0" : "1");
        }

        @Override
        List<String> staleDatabases(Statement s) throws SQLException {
            return names(s.executeQuery("SHOW DATABASES LIKE 'lk\\_test\\_%'"));
        }
    };

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final long STALE_AFTER_HOURS = 24;

    final String key;
    final String label;
    final String dialect;
    final String adminUrl;
    final String user;
    final String password;

    TestDatabase(String key, String label, String dialect, String adminUrl, String user, String password) {
        this.key = key;
        this.label = label;
        this.dialect = dialect;
        this.adminUrl = System.getProperty("loyalty.it." + key + ".url", adminUrl);
        this.user = System.getProperty("loyalty.it." + key + ".user", user);
        this.password = System.getProperty("loyalty.it." + key + ".password", password);
    }

    /** Creates the database and returns its JDBC URL. */
    public abstract String create(String name) throws SQLException;

    public abstract void drop(String name) throws SQLException;

    /** The statement that switches foreign key checks off (or back on) for the current session. */
    public abstract String withoutForeignKeyChecks(boolean off);

    abstract List<String> staleDatabases(Statement admin) throws SQLException;

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Whether CI demands this database (-Dloyalty.it.require=postgresql,mariadb): then a missing server fails. */
    boolean required() {
        String required = System.getProperty("loyalty.it.require", "");
        return Arrays.asList(required.toLowerCase(Locale.ROOT).split("\\s*,\\s*")).contains(key);
    }

    /**
     * Returns when the server answers; otherwise skips the calling tests with a message, or fails them when CI
     * requires this database.
     */
    public void assumeAvailable() {
        String reason = unavailableReason();
        if (reason == null) {
            return;
        }
        if (required()) {
            Assertions.fail(label + " is required (-Dloyalty.it.require) but " + reason);
        }
        System.out.println("[loyalty-kpi] " + label + " tests SKIPPED: " + reason);
        Assumptions.abort(label + " tests skipped: " + reason);
    }

    /** Null when the server answers, else why not. */
    String unavailableReason() {
        if (adminUrl == null) {
            return null;
        }
        try (Connection ignored = DriverManager.getConnection(adminUrl, user, password)) {
            return null;
        } catch (SQLException e) {
            return "no " + label + " server at " + adminUrl + " (" + e.getMessage() + ")";
        }
    }

    /** Hibernate 4.1's dialect for this database. */
    public String dialect() {
        return dialect;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** A name no other run uses: lk_test_yyyyMMddHHmmss_random. */
    public static String uniqueName() {
        return "lk_test_" + LocalDateTime.now().format(STAMP) + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
    }

    /** Drops databases of earlier runs that were killed before they could drop their own. */
    public void dropStaleDatabases() {
        if (adminUrl == null) {
            return;
        }
        String cutoff = LocalDateTime.now().minusHours(STALE_AFTER_HOURS).format(STAMP);
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            for (String name : staleDatabases(s)) {
                String[] parts = name.split("_");
                if (parts.length >= 3 && parts[2].compareTo(cutoff) < 0) {
                    drop(name);
                }
            }
        } catch (SQLException e) {
            System.out.println("[loyalty-kpi] could not drop stale test databases: " + e.getMessage());
        }
    }

    void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> names(ResultSet rs) throws SQLException {
        List<String> names = new ArrayList<String>();
        while (rs.next()) {
            names.add(rs.getString(1));
        }
        return names;
    }
}
