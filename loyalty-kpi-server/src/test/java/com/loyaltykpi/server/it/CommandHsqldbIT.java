package com.loyaltykpi.server.it;

import com.loyaltykpi.it.TestDatabase;

import java.nio.file.Path;

/** On the embedded default: a database file, as the server keeps it (a killed process must not lose a commit). */
class CommandHsqldbIT extends CommandScenarios {

    @Override
    String newDatabase(Path dir) {
        return "jdbc:hsqldb:file:" + dir.resolve("db").resolve("loyalty")
                + ";hsqldb.tx=mvcc;hsqldb.write_delay=false;shutdown=true";
    }

    @Override
    TestDatabase kind() {
        return TestDatabase.HSQLDB;
    }
}
