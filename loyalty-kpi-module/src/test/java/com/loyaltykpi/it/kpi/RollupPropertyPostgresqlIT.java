package com.loyaltykpi.it.kpi;

import com.loyaltykpi.it.TestDatabase;

class RollupPropertyPostgresqlIT extends RollupPropertyScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
