package com.loyaltykpi.it.kpi;

import com.loyaltykpi.it.TestDatabase;

class SatisfactionMixHsqldbIT extends SatisfactionMixScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.HSQLDB;
    }
}
