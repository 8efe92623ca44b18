package com.loyaltykpi.it.survey;

import com.loyaltykpi.it.TestDatabase;

class SurveyPostgresqlIT extends SurveyScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
