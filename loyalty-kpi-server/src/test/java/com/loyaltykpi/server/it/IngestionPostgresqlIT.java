package com.loyaltykpi.server.it;

import com.loyaltykpi.it.TestDatabase;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class IngestionPostgresqlIT extends IngestionScenarios {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServerDatabases.use(TestDatabase.POSTGRESQL, registry);
    }
}
