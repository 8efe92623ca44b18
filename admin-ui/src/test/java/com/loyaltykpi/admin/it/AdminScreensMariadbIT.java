package com.loyaltykpi.admin.it;

import com.loyaltykpi.it.TestDatabase;

class AdminScreensMariadbIT extends AdminScreens {

    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
