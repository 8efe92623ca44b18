package com.loyaltykpi.it.kpi;

import com.loyaltykpi.it.TestDatabase;

class IncrementalRevenueMariadbIT extends IncrementalRevenueScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
