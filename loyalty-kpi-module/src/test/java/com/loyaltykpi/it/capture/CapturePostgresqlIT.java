package com.loyaltykpi.it.capture;

import com.loyaltykpi.it.TestDatabase;

class CapturePostgresqlIT extends CaptureScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
