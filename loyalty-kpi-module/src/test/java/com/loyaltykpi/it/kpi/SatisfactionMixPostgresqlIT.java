package com.loyaltykpi.it.kpi;

import com.loyaltykpi.it.TestDatabase;

class SatisfactionMixPostgresqlIT extends SatisfactionMixScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
