package com.loyaltykpi.server.it;

import com.loyaltykpi.it.TestDatabase;

import java.nio.file.Path;

class CommandMariadbIT extends CommandScenarios {

    @Override
    String newDatabase(Path dir) {
        return ServerDatabases.create(TestDatabase.MARIADB);
    }

    @Override
    TestDatabase kind() {
        return TestDatabase.MARIADB;
    }
}
