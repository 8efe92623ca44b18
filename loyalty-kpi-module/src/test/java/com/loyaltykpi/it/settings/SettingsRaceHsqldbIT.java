package com.loyaltykpi.it.settings;

import com.loyaltykpi.it.TestDatabase;

class SettingsRaceHsqldbIT extends SettingsRaceScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.HSQLDB;
    }
}
