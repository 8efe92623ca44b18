package com.loyaltykpi.core.privacy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import com.loyaltykpi.core.support.Chunks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of an erasure, table by table. A customer's id is replaced by a stand-in in every table the KPIs count
 * from (so that every KPI stays what it was); what only serves the shopper (comments, order numbers, link tokens,
 * the answer's link to its order, operators' notes on a follow-up) is removed.
 */
public class PersonalDataStore {

    private static final String ANSWERS_OF_ORDERS = "UPDATE LK_SURVEY_ANSWER SET CUSTOMER_ID = NULL, ORDER_ID = NULL, "
            + "COMMENT_TEXT = NULL WHERE INVITATION_ID IN (SELECT ID FROM LK_SURVEY_INVITATION WHERE ORDER_ORIGIN = :origin "
            + "AND ORDER_ID IN (:ids))";
    private static final String NOTES_OF_ORDERS = "UPDATE LK_SURVEY_FOLLOW_UP SET NOTE_TEXT = NULL WHERE NOTE_TEXT IS NOT "
            + "NULL AND INVITATION_ID IN (SELECT ID FROM LK_SURVEY_INVITATION WHERE ORDER_ORIGIN = :origin AND ORDER_ID IN "
            + "(:ids))";
    private static final String TOKENS_OF_ORDERS = "DELETE FROM LK_SURVEY_TOKEN WHERE INVITATION_ID IN (SELECT ID FROM "
            + "LK_SURVEY_INVITATION WHERE ORDER_ORIGIN = :origin AND ORDER_ID IN (:ids))";
    private static final String EXPIRE_ORDERS = "UPDATE LK_SURVEY_INVITATION SET EXPIRES_AT = :now WHERE ORDER_ORIGIN = "
            + ":origin AND ORDER_ID IN (:ids) AND EXPIRES_AT > :now";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public PersonalDataStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * Replaces the customer's id by the stand-in everywhere; returns how many rows changed. A host with personal data
     * of its own (the KPI server's contacts) removes it here too, in the erasure's transaction.
     */
    protected int replaceCustomer(String customerId, String pseudonym, Instant now) {
        int rows = 0;
        for (String table : new String[] {"LK_MEMBERSHIP", "LK_FACT_CHANGE"}) {
            rows += jdbc.update("UPDATE " + table + " SET CUSTOMER_ID = ? WHERE CUSTOMER_ID = ?", pseudonym, customerId);
        }
        rows += jdbc.update("UPDATE LK_ORDER_FACT SET CUSTOMER_ID = ?, ORDER_NUMBER = NULL WHERE CUSTOMER_ID = ?",
                pseudonym, customerId);
        rows += jdbc.update("UPDATE LK_SURVEY_ANSWER SET CUSTOMER_ID = NULL, ORDER_ID = NULL, COMMENT_TEXT = NULL "
                + "WHERE CUSTOMER_ID = ?", customerId);
        // a profile of the customer: recomputed without them (the behaviour job skips erased customers)
        rows += jdbc.update("DELETE FROM LK_CUSTOMER_MODEL WHERE CUSTOMER_ID = ?", customerId);
        rows += jdbc.update("DELETE FROM LK_OFFER_ASSIGNMENT WHERE CUSTOMER_ID = ?", customerId);
        // an erased customer is never invited again anyway: the opt-out need not keep their id
        rows += jdbc.update("DELETE FROM LK_SURVEY_OPT_OUT WHERE CUSTOMER_ID = ?", customerId);
        rows += jdbc.update("UPDATE LK_SURVEY_INVITATION SET CUSTOMER_ID = ?, EXPIRES_AT = CASE WHEN EXPIRES_AT > ? "
                + "THEN ? ELSE EXPIRES_AT END WHERE CUSTOMER_ID = ?", pseudonym, now.toEpochMilli(), now.toEpochMilli(),
                customerId);
        rows += jdbc.update("DELETE FROM LK_SURVEY_TOKEN WHERE INVITATION_ID IN (SELECT ID FROM LK_SURVEY_INVITATION "
                + "WHERE CUSTOMER_ID = ?)", pseudonym);
        // what operators wrote about the customer when following up an unhappy answer
        rows += jdbc.update("UPDATE LK_SURVEY_FOLLOW_UP SET NOTE_TEXT = NULL WHERE NOTE_TEXT IS NOT NULL AND INVITATION_ID "
                + "IN (SELECT ID FROM LK_SURVEY_INVITATION WHERE CUSTOMER_ID = ?)", pseudonym);
        return rows;
    }

    /** The orders recorded for this (stand-in) customer, from every origin. */
    List<OrderKey> ordersOf(String customerId) {
        return jdbc.query("SELECT ORIGIN, ORDER_ID FROM LK_ORDER_FACT WHERE CUSTOMER_ID = ?",
                (rs, row) -> new OrderKey(rs.getString(1), rs.getString(2)), customerId);
    }

    /**
     * Removes what ties these orders to a person: their numbers, the comments and order links of their answers,
     * their link tokens (their invitations expire now). Returns how many rows changed.
     */
    int eraseOrders(Collection<OrderKey> orders, Instant now) {
        Map<String, List<String>> byOrigin = new LinkedHashMap<String, List<String>>();
        for (OrderKey order : orders) {
            List<String> ids = byOrigin.get(order.origin());
            if (ids == null) {
                ids = new ArrayList<String>();
                byOrigin.put(order.origin(), ids);
            }
            ids.add(order.orderId());
        }
        int rows = 0;
        for (Map.Entry<String, List<String>> origin : byOrigin.entrySet()) {
            rows += eraseOrders(origin.getKey(), origin.getValue(), now);
        }
        return rows;
    }

    private int eraseOrders(String origin, List<String> orderIds, Instant now) {
        int rows = 0;
        for (List<String> chunk : Chunks.of(orderIds)) {
            MapSqlParameterSource params = new MapSqlParameterSource("origin", origin).addValue("ids", chunk)
                    .addValue("now", now.toEpochMilli());
            rows += named.update("UPDATE LK_ORDER_FACT SET ORDER_NUMBER = NULL WHERE ORIGIN = :origin AND ORDER_ID IN (:ids) "
                    + "AND ORDER_NUMBER IS NOT NULL", params);
            rows += named.update("UPDATE LK_CAPTURE_SKIP SET ORDER_NUMBER = NULL WHERE ORIGIN = :origin AND ORDER_ID IN "
                    + "(:ids) AND ORDER_NUMBER IS NOT NULL", params);
            rows += named.update(ANSWERS_OF_ORDERS + " AND (COMMENT_TEXT IS NOT NULL OR ORDER_ID IS NOT NULL "
                    + "OR CUSTOMER_ID IS NOT NULL)", params);
            rows += named.update(NOTES_OF_ORDERS, params);
            rows += named.update(TOKENS_OF_ORDERS, params);
            rows += named.update(EXPIRE_ORDERS, params);
        }
        return rows;
    }
}
