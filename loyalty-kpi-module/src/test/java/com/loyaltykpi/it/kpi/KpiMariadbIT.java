package com.loyaltykpi.it.kpi;

import com.loyaltykpi.it.TestDatabase;

class KpiMariadbIT extends KpiScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
