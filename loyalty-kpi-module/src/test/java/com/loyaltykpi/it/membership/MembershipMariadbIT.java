package com.loyaltykpi.it.membership;

import com.loyaltykpi.it.TestDatabase;

class MembershipMariadbIT extends MembershipScenarios {

    @Override
    protected TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
