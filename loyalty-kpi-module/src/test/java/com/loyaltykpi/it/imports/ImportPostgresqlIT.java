package com.loyaltykpi.it.imports;

import com.loyaltykpi.it.TestDatabase;

class ImportPostgresqlIT extends ImportScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
