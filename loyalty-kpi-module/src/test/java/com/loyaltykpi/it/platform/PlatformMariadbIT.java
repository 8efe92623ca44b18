package com.loyaltykpi.it.platform;

import com.loyaltykpi.it.TestDatabase;

class PlatformMariadbIT extends PlatformScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
