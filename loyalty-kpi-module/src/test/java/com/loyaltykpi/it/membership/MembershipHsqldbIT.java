package com.loyaltykpi.it.membership;

import com.loyaltykpi.it.TestDatabase;

class MembershipHsqldbIT extends MembershipScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.HSQLDB;
    }
}
