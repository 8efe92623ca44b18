package com.loyaltykpi.server.it;

import com.loyaltykpi.it.TestDatabase;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class IngestionHsqldbIT extends IngestionScenarios {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServerDatabases.use(TestDatabase.HSQLDB, registry);
    }
}
