package com.loyaltykpi.server.it;

import com.loyaltykpi.it.TestDatabase;

import java.nio.file.Path;

class CommandPostgresqlIT extends CommandScenarios {

    @Override
    String newDatabase(Path dir) {
        return ServerDatabases.create(TestDatabase.POSTGRESQL);
    }

    @Override
    TestDatabase kind() {
        return TestDatabase.POSTGRESQL;
    }
}
