package com.loyaltykpi.it.kpi;

import com.loyaltykpi.it.TestDatabase;

class SatisfactionMixMariadbIT extends SatisfactionMixScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
