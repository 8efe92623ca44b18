package com.loyaltykpi.admin.it;

import com.loyaltykpi.it.TestDatabase;

class AdminScreensPostgresqlIT extends AdminScreens {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
