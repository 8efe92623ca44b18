package com.loyaltykpi.server.ingest;

import java.math.BigDecimal;
import java.util.List;

/**
 * One order as a source sends it.
 *
 * @param orderId       the source's id of the order: sending it again replaces what was recorded for it
 * @param customerId    the source's id of the customer; absent for a guest
 * @param submittedAt   when it was placed, ISO-8601 with an offset (2026-03-01T10:15:30+01:00)
 * @param currency      ISO 4217 code
 * @param status        SUBMITTED (the default) or CANCELLED
 * @param orderDiscount order-level promotions, as a positive amount shared among the items
 * @param itemDiscount  the items' own discounts together, as a positive amount (already off their revenue; 0 when
 *                      none): with it the order's discounts are recorded, without it they are not
 * @param items         at least one
 */
public record OrderIn(String orderId, String customerId, String submittedAt, String currency, String status,
                      BigDecimal orderDiscount, BigDecimal itemDiscount, List<ItemIn> items) {

    /**
     * One line of the order.
     *
     * @param revenue the line's merchandise revenue after its own discounts (unit price times quantity)
     * @param cost    the line's cost (unit cost times quantity), absent when unknown
     */
    public record ItemIn(BigDecimal revenue, BigDecimal cost) {
    }
}
