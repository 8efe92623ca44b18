package com.loyaltykpi.server.survey;

import com.loyaltykpi.it.TestDatabase;
import com.loyaltykpi.server.it.ServerDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class SurveyHsqldbIT extends SurveyScenarios {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServerDatabases.use(TestDatabase.HSQLDB, registry);
        mailServer(registry);
    }
}
