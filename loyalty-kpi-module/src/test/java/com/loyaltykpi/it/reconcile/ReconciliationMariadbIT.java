package com.loyaltykpi.it.reconcile;

import com.loyaltykpi.it.TestDatabase;

class ReconciliationMariadbIT extends ReconciliationScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
