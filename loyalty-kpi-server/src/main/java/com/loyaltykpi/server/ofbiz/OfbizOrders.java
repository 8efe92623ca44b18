package com.loyaltykpi.server.ofbiz;

import com.loyaltykpi.core.capture.PlatformOrder;
import com.loyaltykpi.core.support.Chunks;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads sales orders from an OFBiz database, by the tables and columns OFBiz's entity definitions declare
 * (ORDER_HEADER, ORDER_ITEM, ORDER_ADJUSTMENT, ORDER_ROLE): which orders changed after a cursor on OFBiz's
 * transaction stamps, and each order as the core judges platform orders. Read-only.
 */
final class OfbizOrders {

    /** OFBiz's statuses that make an order cancelled for the KPIs; every other status counts as submitted. */
    static final Set<String> CANCELLED = Set.of("ORDER_CANCELLED", "ORDER_REJECTED");
    /** Adjustments that lower the merchandise price (promotions, manual discounts); tax and shipping are not revenue. */
    static final List<String> DISCOUNTS = List.of("PROMOTION_ADJUSTMENT", "DISCOUNT_ADJUSTMENT");
    /** The order's customer: the bill-to customer, else the one who placed it. */
    static final List<String> CUSTOMER_ROLES = List.of("BILL_TO_CUSTOMER", "PLACING_CUSTOMER");
    /** OFBiz's "not applicable" id: an adjustment of the whole order, a party that is nobody. */
    static final String NOT_APPLICABLE = "_NA_";

    private final NamedParameterJdbcTemplate ofbiz;

    OfbizOrders(NamedParameterJdbcTemplate ofbiz) {
        this.ofbiz = ofbiz;
    }

    /** A position in OFBiz's order headers: their last transaction stamp, then the order id. */
    record Cursor(Instant stamp, String orderId) {
        static final Cursor START = new Cursor(Instant.EPOCH, "");

        String text() {
            return stamp.toEpochMilli() + "|" + orderId;
        }

        boolean isAfter(Cursor o) {
            int byStamp = stamp.compareTo(o.stamp);
            return byStamp > 0 || byStamp == 0 && orderId.compareTo(o.orderId) > 0;
        }

        static Cursor parse(String text) {
            if (text == null || text.isEmpty()) {
                return START;
            }
            int bar = text.indexOf('|');
            return new Cursor(Instant.ofEpochMilli(Long.parseLong(text.substring(0, bar))), text.substring(bar + 1));
        }
    }

    /**
     * The next page of sales orders whose header was stored after the cursor, in stamp order. The range condition on
     * the stamp alone lets the database walk OFBiz's index on it (ORDER_HEADER's LAST_UPDATED_TX_STAMP index).
     */
    List<Cursor> headersAfter(Cursor after, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("stamp", Timestamp.from(after.stamp()))
                .addValue("id", after.orderId());
        String sql = "SELECT ORDER_ID, LAST_UPDATED_TX_STAMP FROM ORDER_HEADER WHERE ORDER_TYPE_ID = 'SALES_ORDER' "
                + "AND LAST_UPDATED_TX_STAMP >= :stamp AND (LAST_UPDATED_TX_STAMP > :stamp OR ORDER_ID > :id) "
                + "ORDER BY LAST_UPDATED_TX_STAMP, ORDER_ID FETCH FIRST " + limit + " ROWS ONLY";
        return ofbiz.query(sql, params, (rs, i) -> new Cursor(rs.getTimestamp(2).toInstant(), rs.getString(1)));
    }

    /** Orders whose items or adjustments were stored after this instant (their header may not have been). */
    Set<String> linesChangedAfter(Instant stamp) {
        MapSqlParameterSource params = new MapSqlParameterSource("stamp", Timestamp.from(stamp));
        Set<String> ids = new TreeSet<>(ofbiz.queryForList("SELECT DISTINCT ORDER_ID FROM ORDER_ITEM "
                + "WHERE LAST_UPDATED_TX_STAMP > :stamp", params, String.class));
        ids.addAll(ofbiz.queryForList("SELECT DISTINCT ORDER_ID FROM ORDER_ADJUSTMENT "
                + "WHERE LAST_UPDATED_TX_STAMP > :stamp", params, String.class));
        return ids;
    }

    /** These sales orders as platform orders (ids that are not sales orders are left out). */
    List<PlatformOrder> load(Collection<String> orderIds) {
        List<PlatformOrder> orders = new ArrayList<>();
        for (List<String> chunk : Chunks.of(orderIds)) {
            orders.addAll(loadChunk(chunk));
        }
        return orders;
    }

    private record Header(String id, Instant orderDate, String currency, boolean cancelled) {
    }

    /** An order item: its revenue after its own discounts, its cost, and those discounts as a positive amount. */
    private record Line(BigDecimal revenue, BigDecimal cost, BigDecimal discount) {
    }

    private List<PlatformOrder> loadChunk(List<String> ids) {
        MapSqlParameterSource params = new MapSqlParameterSource("ids", ids);
        Map<String, Header> headers = new LinkedHashMap<>();
        ofbiz.query("SELECT ORDER_ID, ORDER_DATE, CURRENCY_UOM, STATUS_ID FROM ORDER_HEADER WHERE ORDER_ID IN (:ids) "
                + "AND ORDER_TYPE_ID = 'SALES_ORDER'", params, rs -> {
                    Timestamp date = rs.getTimestamp(2);
                    headers.put(rs.getString(1), new Header(rs.getString(1), date == null ? null : date.toInstant(),
                            rs.getString(3), CANCELLED.contains(rs.getString(4))));
                });
        Map<String, Map<String, BigDecimal>> itemDiscounts = new HashMap<>();
        Map<String, BigDecimal> orderDiscounts = new HashMap<>();
        ofbiz.query("SELECT ORDER_ID, ORDER_ITEM_SEQ_ID, AMOUNT FROM ORDER_ADJUSTMENT WHERE ORDER_ID IN (:ids) "
                + "AND ORDER_ADJUSTMENT_TYPE_ID IN (:types) AND AMOUNT IS NOT NULL",
                params.addValue("types", DISCOUNTS), rs -> {
                    String item = rs.getString(2);
                    BigDecimal amount = rs.getBigDecimal(3);
                    if (item == null || NOT_APPLICABLE.equals(item)) {
                        orderDiscounts.merge(rs.getString(1), amount.negate(), BigDecimal::add);
                    } else {
                        itemDiscounts.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).merge(item, amount,
                                BigDecimal::add);
                    }
                });
        Map<String, List<Line>> lines = new HashMap<>();
        ofbiz.query("SELECT ORDER_ID, ORDER_ITEM_SEQ_ID, QUANTITY, CANCEL_QUANTITY, UNIT_PRICE, UNIT_AVERAGE_COST, "
                + "STATUS_ID FROM ORDER_ITEM WHERE ORDER_ID IN (:ids) ORDER BY ORDER_ID, ORDER_ITEM_SEQ_ID", params, rs -> {
                    BigDecimal quantity = "ITEM_CANCELLED".equals(rs.getString(7)) ? BigDecimal.ZERO
                            : nonNull(rs.getBigDecimal(3)).subtract(nonNull(rs.getBigDecimal(4))).max(BigDecimal.ZERO);
                    BigDecimal unitPrice = rs.getBigDecimal(5);
                    BigDecimal unitCost = rs.getBigDecimal(6);
                    BigDecimal discount = itemDiscounts.getOrDefault(rs.getString(1), Map.of())
                            .getOrDefault(rs.getString(2), BigDecimal.ZERO);
                    BigDecimal gross = unitPrice == null ? null
                            : quantity.signum() == 0 ? BigDecimal.ZERO : unitPrice.multiply(quantity);
                    BigDecimal revenue = gross == null ? null : gross.add(quantity.signum() == 0 ? BigDecimal.ZERO
                            : discount).max(BigDecimal.ZERO);
                    lines.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Line(revenue,
                            unitCost == null ? null : unitCost.multiply(quantity),
                            gross == null ? BigDecimal.ZERO : gross.subtract(revenue).max(BigDecimal.ZERO)));
                });
        Map<String, String> customers = customers(params);
        List<PlatformOrder> orders = new ArrayList<>();
        for (Header header : headers.values()) {
            PlatformOrder.Builder order = PlatformOrder.builder(header.id()).number(header.id())
                    .customer(customers.get(header.id())).submittedAt(header.orderDate())
                    .currency(header.currency()).cancelled(header.cancelled())
                    .orderDiscount(orderDiscounts.getOrDefault(header.id(), BigDecimal.ZERO).max(BigDecimal.ZERO));
            BigDecimal itemDiscount = BigDecimal.ZERO;
            for (Line line : lines.getOrDefault(header.id(), List.of())) {
                order.line(line.revenue(), line.cost());
                itemDiscount = itemDiscount.add(line.discount());
            }
            order.itemDiscount(itemDiscount);
            orders.add(order.build());
        }
        return orders;
    }

    /** Each order's customer by role preference; OFBiz's "_NA_" party is a guest. */
    private Map<String, String> customers(MapSqlParameterSource params) {
        Map<String, String> customers = new HashMap<>();
        Map<String, Integer> rank = new HashMap<>();
        ofbiz.query("SELECT ORDER_ID, PARTY_ID, ROLE_TYPE_ID FROM ORDER_ROLE WHERE ORDER_ID IN (:ids) "
                + "AND ROLE_TYPE_ID IN (:roles)", params.addValue("roles", CUSTOMER_ROLES), rs -> {
                    int r = CUSTOMER_ROLES.indexOf(rs.getString(3));
                    String party = rs.getString(2);
                    if (!NOT_APPLICABLE.equals(party) && r < rank.getOrDefault(rs.getString(1), Integer.MAX_VALUE)) {
                        rank.put(rs.getString(1), r);
                        customers.put(rs.getString(1), party);
                    }
                });
        return customers;
    }

    private static BigDecimal nonNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
