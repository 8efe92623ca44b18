package com.loyaltykpi.server.members;

import com.loyaltykpi.core.privacy.PlatformOrderLookup;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * The orders of a person, for an erasure: on the server, the order facts its sources sent (there is no platform
 * behind it to ask, and no e-mail addresses).
 */
class SeenOrders implements PlatformOrderLookup {

    private final JdbcTemplate jdbc;

    SeenOrders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> ofCustomer(String customerId) {
        return jdbc.queryForList("SELECT ORDER_ID FROM LK_ORDER_FACT WHERE CUSTOMER_ID = ?", String.class, customerId);
    }

    @Override
    public List<String> withEmail(String email) {
        return List.of();
    }

    @Override
    public List<String> withNumber(String orderNumber) {
        return jdbc.queryForList("SELECT ORDER_ID FROM LK_ORDER_FACT WHERE ORDER_NUMBER = ?", String.class, orderNumber);
    }
}
