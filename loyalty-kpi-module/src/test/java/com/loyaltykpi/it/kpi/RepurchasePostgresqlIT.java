package com.loyaltykpi.it.kpi;

import com.loyaltykpi.it.TestDatabase;

class RepurchasePostgresqlIT extends RepurchaseScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
