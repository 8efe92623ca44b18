package com.loyaltykpi.it.survey;

import com.loyaltykpi.it.TestDatabase;

class SurveyHsqldbIT extends SurveyScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.HSQLDB;
    }
}
