package com.loyaltykpi.it.capture;

import com.loyaltykpi.it.TestDatabase;

class CaptureMariadbIT extends CaptureScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
