package com.loyaltykpi.it.capture;

import com.loyaltykpi.it.TestDatabase;

class CaptureHsqldbIT extends CaptureScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.HSQLDB;
    }
}
