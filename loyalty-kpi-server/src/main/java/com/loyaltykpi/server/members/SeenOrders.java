package com.loyaltykpi.server.members;

import com.loyaltykpi.core.privacy.OrderKey;
import com.loyaltykpi.core.privacy.PlatformOrderLookup;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * The orders of a person, for an erasure: on the server, the order facts its sources sent, from every source (there
 * is no platform behind it to ask, and no e-mail addresses). A guest's order is found by the id its source sent (the
 * API carries no order number) or, for facts that have one, by its number.
 */
class SeenOrders implements PlatformOrderLookup {

    private final JdbcTemplate jdbc;

    SeenOrders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<OrderKey> ofCustomer(String customerId) {
        return keys("SELECT ORIGIN, ORDER_ID FROM LK_ORDER_FACT WHERE CUSTOMER_ID = ?", customerId);
    }

    @Override
    public List<OrderKey> withEmail(String email) {
        return List.of();
    }

    @Override
    public List<OrderKey> withNumber(String orderNumber) {
        return keys("SELECT ORIGIN, ORDER_ID FROM LK_ORDER_FACT WHERE ORDER_ID = ? OR ORDER_NUMBER = ?", orderNumber,
                orderNumber);
    }

    private List<OrderKey> keys(String sql, Object... arguments) {
        return jdbc.query(sql, (rs, row) -> new OrderKey(rs.getString(1), rs.getString(2)), arguments);
    }
}
