package com.loyaltykpi.it.kpi;

import com.loyaltykpi.it.TestDatabase;

class IncrementalRevenueHsqldbIT extends IncrementalRevenueScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.HSQLDB;
    }
}
