package com.loyaltykpi.server.behaviour;

import com.loyaltykpi.it.TestDatabase;
import com.loyaltykpi.server.it.ServerDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class OfferGroupsHsqldbIT extends OfferGroupsScenarios {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServerDatabases.use(TestDatabase.HSQLDB, registry);
    }
}
