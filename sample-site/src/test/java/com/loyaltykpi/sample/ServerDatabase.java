package com.loyaltykpi.sample;

import com.loyaltykpi.it.TestDatabase;

import java.util.Locale;

/** A database of the run's own on a server, which the sample shop started next uses (its -Dsample.db setting). */
final class ServerDatabase {

    private ServerDatabase() {
    }

    /** Creates it (or skips the test without a server, unless required) and points the shop at it; its name. */
    static String use(TestDatabase database) throws Exception {
        database.assumeAvailable();
        String name = TestDatabase.uniqueName();
        database.create(name);
        System.setProperty("sample.db", database.name().toLowerCase(Locale.ROOT));
        System.setProperty("sample.db.name", name);
        return name;
    }
}
