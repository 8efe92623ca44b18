package com.loyaltykpi.it.survey;

import com.loyaltykpi.it.TestDatabase;

class SurveyMariadbIT extends SurveyScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
