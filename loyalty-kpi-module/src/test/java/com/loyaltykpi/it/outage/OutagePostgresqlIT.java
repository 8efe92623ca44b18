package com.loyaltykpi.it.outage;

import com.loyaltykpi.it.TestDatabase;

class OutagePostgresqlIT extends OutageScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
