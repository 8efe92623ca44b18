package com.loyaltykpi.it.reconcile;

import com.loyaltykpi.it.TestDatabase;

class ReconciliationPostgresqlIT extends ReconciliationScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
