package com.loyaltykpi.it.settings;

import com.loyaltykpi.it.TestDatabase;

class SettingsRacePostgresqlIT extends SettingsRaceScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
