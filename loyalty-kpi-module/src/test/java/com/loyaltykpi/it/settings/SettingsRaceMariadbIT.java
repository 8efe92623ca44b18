package com.loyaltykpi.it.settings;

import com.loyaltykpi.it.TestDatabase;

class SettingsRaceMariadbIT extends SettingsRaceScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
