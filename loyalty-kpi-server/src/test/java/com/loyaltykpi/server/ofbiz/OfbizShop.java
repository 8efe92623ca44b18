package com.loyaltykpi.server.ofbiz;

import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;

/** Writes sales orders into OFBiz's tables as OFBiz stores them, with the stamps a test chooses. */
final class OfbizShop {

    private final JdbcTemplate jdbc;
    private Instant stamp;

    OfbizShop(JdbcTemplate jdbc, Instant stamp) {
        this.jdbc = jdbc;
        this.stamp = stamp;
    }

    /** Later writes carry this transaction stamp. */
    OfbizShop at(Instant newStamp) {
        this.stamp = newStamp;
        return this;
    }

    private Timestamp ts() {
        return Timestamp.from(stamp);
    }

    OfbizShop order(String id, String type, String status, String currency, Instant date) {
        jdbc.update("INSERT INTO ORDER_HEADER (ORDER_ID, ORDER_TYPE_ID, STATUS_ID, CURRENCY_UOM, ORDER_DATE, "
                + "ENTRY_DATE, LAST_UPDATED_STAMP, LAST_UPDATED_TX_STAMP, CREATED_STAMP, CREATED_TX_STAMP) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, type, status, currency, Timestamp.from(date),
                Timestamp.from(date), ts(), ts(), ts(), ts());
        return this;
    }

    OfbizShop item(String orderId, String seq, String quantity, String cancelled, String unitPrice, String unitCost,
                   String status) {
        jdbc.update("INSERT INTO ORDER_ITEM (ORDER_ID, ORDER_ITEM_SEQ_ID, ORDER_ITEM_TYPE_ID, PRODUCT_ID, QUANTITY, "
                + "CANCEL_QUANTITY, UNIT_PRICE, UNIT_AVERAGE_COST, STATUS_ID, LAST_UPDATED_STAMP, "
                + "LAST_UPDATED_TX_STAMP, CREATED_STAMP, CREATED_TX_STAMP) VALUES (?, ?, 'PRODUCT_ORDER_ITEM', 'P', ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?)", orderId, seq, amount(quantity), amount(cancelled), amount(unitPrice),
                amount(unitCost), status, ts(), ts(), ts(), ts());
        return this;
    }

    OfbizShop adjustment(String id, String orderId, String itemSeq, String type, String amount) {
        jdbc.update("INSERT INTO ORDER_ADJUSTMENT (ORDER_ADJUSTMENT_ID, ORDER_ID, ORDER_ITEM_SEQ_ID, "
                + "ORDER_ADJUSTMENT_TYPE_ID, AMOUNT, LAST_UPDATED_STAMP, LAST_UPDATED_TX_STAMP, CREATED_STAMP, "
                + "CREATED_TX_STAMP) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, orderId, itemSeq, type, amount(amount),
                ts(), ts(), ts(), ts());
        return this;
    }

    OfbizShop role(String orderId, String party, String role) {
        jdbc.update("INSERT INTO ORDER_ROLE (ORDER_ID, PARTY_ID, ROLE_TYPE_ID, LAST_UPDATED_STAMP, "
                + "LAST_UPDATED_TX_STAMP, CREATED_STAMP, CREATED_TX_STAMP) VALUES (?, ?, ?, ?, ?, ?, ?)",
                orderId, party, role, ts(), ts(), ts(), ts());
        return this;
    }

    /** A party put in a classification group (OFBiz stores the row again when its thruDate changes). */
    OfbizShop classify(String party, String group, Instant from, Instant thru) {
        Timestamp thruDate = thru == null ? null : Timestamp.from(thru);
        if (jdbc.update("UPDATE PARTY_CLASSIFICATION SET THRU_DATE = ?, LAST_UPDATED_STAMP = ?, LAST_UPDATED_TX_STAMP = ? "
                + "WHERE PARTY_ID = ? AND PARTY_CLASSIFICATION_GROUP_ID = ? AND FROM_DATE = ?", thruDate, ts(), ts(),
                party, group, Timestamp.from(from)) == 0) {
            jdbc.update("INSERT INTO PARTY_CLASSIFICATION (PARTY_ID, PARTY_CLASSIFICATION_GROUP_ID, FROM_DATE, "
                    + "THRU_DATE, LAST_UPDATED_STAMP, LAST_UPDATED_TX_STAMP, CREATED_STAMP, CREATED_TX_STAMP) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", party, group, Timestamp.from(from), thruDate, ts(), ts(), ts(),
                    ts());
        }
        return this;
    }

    /** A party's attribute stored (created with this shop's stamp, or stored again with a new value). */
    OfbizShop attribute(String party, String name, String value) {
        if (jdbc.update("UPDATE PARTY_ATTRIBUTE SET ATTR_VALUE = ?, LAST_UPDATED_STAMP = ?, LAST_UPDATED_TX_STAMP = ? "
                + "WHERE PARTY_ID = ? AND ATTR_NAME = ?", value, ts(), ts(), party, name) == 0) {
            jdbc.update("INSERT INTO PARTY_ATTRIBUTE (PARTY_ID, ATTR_NAME, ATTR_VALUE, LAST_UPDATED_STAMP, "
                    + "LAST_UPDATED_TX_STAMP, CREATED_STAMP, CREATED_TX_STAMP) VALUES (?, ?, ?, ?, ?, ?, ?)", party,
                    name, value, ts(), ts(), ts(), ts());
        }
        return this;
    }

    /** OFBiz changing an order's status: the header is stored again. */
    OfbizShop status(String orderId, String status) {
        jdbc.update("UPDATE ORDER_HEADER SET STATUS_ID = ?, LAST_UPDATED_STAMP = ?, LAST_UPDATED_TX_STAMP = ? "
                + "WHERE ORDER_ID = ?", status, ts(), ts(), orderId);
        return this;
    }

    /** OFBiz cancelling an item: only the item is stored again. */
    OfbizShop cancelItem(String orderId, String seq) {
        jdbc.update("UPDATE ORDER_ITEM SET CANCEL_QUANTITY = QUANTITY, STATUS_ID = 'ITEM_CANCELLED', "
                + "LAST_UPDATED_STAMP = ?, LAST_UPDATED_TX_STAMP = ? WHERE ORDER_ID = ? AND ORDER_ITEM_SEQ_ID = ?",
                ts(), ts(), orderId, seq);
        return this;
    }

    private static BigDecimal amount(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
