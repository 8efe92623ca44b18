package com.loyaltykpi.it.lock;

import com.loyaltykpi.it.TestDatabase;

class LockWaitMariadbIT extends LockWaitScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
