package com.loyaltykpi.it.lock;

import com.loyaltykpi.it.TestDatabase;

class LockWaitPostgresqlIT extends LockWaitScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
