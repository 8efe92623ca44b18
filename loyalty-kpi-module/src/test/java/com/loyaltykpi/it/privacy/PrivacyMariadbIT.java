package com.loyaltykpi.it.privacy;

import com.loyaltykpi.it.TestDatabase;

class PrivacyMariadbIT extends PrivacyScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
