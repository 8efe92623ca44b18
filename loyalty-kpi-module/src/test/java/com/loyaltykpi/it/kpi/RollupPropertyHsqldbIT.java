package com.loyaltykpi.it.kpi;

import com.loyaltykpi.it.TestDatabase;

class RollupPropertyHsqldbIT extends RollupPropertyScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.HSQLDB;
    }
}
