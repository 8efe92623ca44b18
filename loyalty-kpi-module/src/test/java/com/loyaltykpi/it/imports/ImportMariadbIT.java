package com.loyaltykpi.it.imports;

import com.loyaltykpi.it.TestDatabase;

class ImportMariadbIT extends ImportScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
