package com.loyaltykpi.it.reconcile;

import com.loyaltykpi.it.TestDatabase;

class ReconciliationHsqldbIT extends ReconciliationScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.HSQLDB;
    }
}
