package com.loyaltykpi.server.members;

import com.loyaltykpi.core.privacy.AccessExport;
import com.loyaltykpi.core.privacy.ErasureStore;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.util.Map;

/** The core's access export, and the server's own personal data: the customer's e-mail contact. */
class ServerAccessExport extends AccessExport {

    ServerAccessExport(JdbcTemplate jdbc, ErasureStore erasures, Clock clock) {
        super(jdbc, erasures, clock);
    }

    @Override
    public Map<String, Object> of(String customerId) {
        Map<String, Object> export = super.of(customerId);
        export.put("contact", rows("SELECT EMAIL, LANGUAGE, UPDATED_AT FROM LK_CONTACT WHERE CUSTOMER_ID = ?", customerId));
        return export;
    }
}
