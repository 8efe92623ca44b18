package com.loyaltykpi.it.membership;

import com.loyaltykpi.it.TestDatabase;

class MembershipPostgresqlIT extends MembershipScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
