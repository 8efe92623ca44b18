package com.loyaltykpi.core.privacy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import com.loyaltykpi.core.support.Chunks;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

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

    /** The platform's ids of the orders recorded for this (stand-in) customer. */
    List<String> ordersOf(String origin, String customerId) {
        return jdbc.queryForList("SELECT ORDER_ID FROM LK_ORDER_FACT WHERE ORIGIN = ? AND CUSTOMER_ID = ?", String.class,
                origin, customerId);
    }

    /**
     * Removes what ties these orders to a person: their numbers, the comments and order links of their answers,
     * their link tokens (their invitations expire now). Returns how many rows changed.
     */
    int eraseOrders(String origin, Collection<String> orderIds, Instant now) {
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
