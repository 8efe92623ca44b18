package com.loyaltykpi.it.platform;

import com.loyaltykpi.it.TestDatabase;

class PlatformPostgresqlIT extends PlatformScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
