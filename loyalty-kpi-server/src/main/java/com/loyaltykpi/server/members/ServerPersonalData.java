package com.loyaltykpi.server.members;

import com.loyaltykpi.core.privacy.PersonalDataStore;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;

/** The core's erasure SQL, and the server's own personal data: the customer's e-mail contact (LK_CONTACT). */
class ServerPersonalData extends PersonalDataStore {

    private final JdbcTemplate jdbc;

    ServerPersonalData(JdbcTemplate jdbc) {
        super(jdbc);
        this.jdbc = jdbc;
    }

    @Override
    protected int replaceCustomer(String customerId, String pseudonym, Instant now) {
        return super.replaceCustomer(customerId, pseudonym, now)
                + jdbc.update("DELETE FROM LK_CONTACT WHERE CUSTOMER_ID = ?", customerId);
    }
}
