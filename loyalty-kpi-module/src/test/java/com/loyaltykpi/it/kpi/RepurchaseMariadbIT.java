package com.loyaltykpi.it.kpi;

import com.loyaltykpi.it.TestDatabase;

class RepurchaseMariadbIT extends RepurchaseScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
