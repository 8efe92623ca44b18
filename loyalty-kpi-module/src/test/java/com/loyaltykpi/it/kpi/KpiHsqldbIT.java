package com.loyaltykpi.it.kpi;

import com.loyaltykpi.it.TestDatabase;

class KpiHsqldbIT extends KpiScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.HSQLDB;
    }
}
