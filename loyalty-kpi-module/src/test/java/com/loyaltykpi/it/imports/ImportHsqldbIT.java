package com.loyaltykpi.it.imports;

import com.loyaltykpi.it.TestDatabase;

class ImportHsqldbIT extends ImportScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.HSQLDB;
    }
}
