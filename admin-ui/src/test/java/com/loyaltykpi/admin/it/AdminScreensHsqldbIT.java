package com.loyaltykpi.admin.it;

import com.loyaltykpi.it.TestDatabase;

class AdminScreensHsqldbIT extends AdminScreens {

    @Override
    TestDatabase database() {
        return TestDatabase.HSQLDB;
    }
}
