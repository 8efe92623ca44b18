package com.loyaltykpi.it.kpi;

import com.loyaltykpi.it.TestDatabase;

class IncrementalRevenuePostgresqlIT extends IncrementalRevenueScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
