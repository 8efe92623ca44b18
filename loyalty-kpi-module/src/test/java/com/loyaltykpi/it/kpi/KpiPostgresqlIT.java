package com.loyaltykpi.it.kpi;

import com.loyaltykpi.it.TestDatabase;

class KpiPostgresqlIT extends KpiScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
