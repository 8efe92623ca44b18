package com.loyaltykpi.it.outage;

import com.loyaltykpi.it.TestDatabase;

class OutageMariadbIT extends OutageScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
