package com.loyaltykpi.server.it;

import com.loyaltykpi.it.TestDatabase;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.sql.SQLException;

/** Gives a test class's server its own database on one of the three, dropped when the JVM ends. */
public final class ServerDatabases {

    private ServerDatabases() {
    }

    /** Creates the database and points spring.datasource at it; returns its JDBC URL. */
    public static String use(TestDatabase database, DynamicPropertyRegistry registry) {
        String url = create(database);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
        return url;
    }

    /** A new database of this kind (HSQLDB: in memory, in MVCC mode as the server runs it), dropped at JVM exit. */
    public static String create(TestDatabase database) {
        database.assumeAvailable();
        database.dropStaleDatabases();
        String name = TestDatabase.uniqueName();
        try {
            String url = database.create(name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(database, name)));
            return database == TestDatabase.HSQLDB ? url + ";hsqldb.tx=mvcc" : url;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
        }
    }

    private static void drop(TestDatabase database, String name) {
        try {
            database.drop(name);
        } catch (SQLException e) {
            System.out.println("[loyalty-kpi] could not drop " + name + ": " + e.getMessage());
        }
    }
}
