package com.loyaltykpi.it.privacy;

import com.loyaltykpi.it.TestDatabase;

class PrivacyHsqldbIT extends PrivacyScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.HSQLDB;
    }
}
