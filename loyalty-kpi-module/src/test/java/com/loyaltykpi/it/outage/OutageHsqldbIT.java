package com.loyaltykpi.it.outage;

import com.loyaltykpi.it.TestDatabase;

class OutageHsqldbIT extends OutageScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.HSQLDB;
    }
}
