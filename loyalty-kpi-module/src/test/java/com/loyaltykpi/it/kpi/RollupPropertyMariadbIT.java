package com.loyaltykpi.it.kpi;

import com.loyaltykpi.it.TestDatabase;

class RollupPropertyMariadbIT extends RollupPropertyScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
