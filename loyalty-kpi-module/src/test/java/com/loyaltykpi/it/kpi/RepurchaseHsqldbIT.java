package com.loyaltykpi.it.kpi;

import com.loyaltykpi.it.TestDatabase;

class RepurchaseHsqldbIT extends RepurchaseScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.HSQLDB;
    }
}
