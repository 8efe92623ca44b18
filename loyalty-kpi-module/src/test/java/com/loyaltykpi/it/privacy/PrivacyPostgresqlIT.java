package com.loyaltykpi.it.privacy;

import com.loyaltykpi.it.TestDatabase;

class PrivacyPostgresqlIT extends PrivacyScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
