package com.loyaltykpi.server.survey;

import com.loyaltykpi.it.TestDatabase;
import com.loyaltykpi.server.it.ServerDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class SurveyPostgresqlIT extends SurveyScenarios {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServerDatabases.use(TestDatabase.POSTGRESQL, registry);
        mailServer(registry);
    }
}
