package com.loyaltykpi.it.platform;

import com.loyaltykpi.it.TestDatabase;

class PlatformHsqldbIT extends PlatformScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.HSQLDB;
    }
}
