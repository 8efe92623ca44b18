package com.loyaltykpi.core.privacy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The right of access: everything the module holds about one customer (membership history, orders as facts,
 * survey invitations, answers with their comments, follow-ups with the operators' notes), as plain maps and lists
 * ready for JSON. Instants are ISO-8601 (UTC), amounts decimal strings as stored.
 */
public class AccessExport {

    /** Columns whose values are epoch milliseconds, shown as instants. */
    private static final Set<String> INSTANTS = new HashSet<String>(Arrays.asList("ENROLLED_AT", "LEFT_AT",
            "SUBMITTED_AT", "CANCELLED_AT", "RECORDED_AT", "ISSUED_AT", "EXPIRES_AT", "ANSWERED_AT", "DELIVERED_AT",
            "REMINDED_AT", "OPENED_AT", "CLOSED_AT", "UPDATED_AT", "COMPUTED_AT"));

    /** Columns recording a sent e-mail. */
    private static final Set<String> SENT = new HashSet<String>(Arrays.asList("DELIVERED_AT", "REMINDED_AT"));

    private final JdbcTemplate jdbc;
    private final ErasureStore erasures;
    private final Clock clock;

    public AccessExport(JdbcTemplate jdbc, ErasureStore erasures, Clock clock) {
        this.jdbc = jdbc;
        this.erasures = erasures;
        this.clock = clock;
    }

    /** What the module holds about the customer; empty lists for one it never saw or that was erased. */
    public Map<String, Object> of(String customerId) {
        Map<String, Object> export = new LinkedHashMap<String, Object>();
        export.put("customerId", customerId);
        export.put("exportedAt", clock.instant().toString());
        export.put("erasedOnRequest", erasures.customerErased(customerId));
        export.put("memberships", rows("SELECT ENROLLED_AT, SOURCE, LEFT_AT, LEFT_THROUGH FROM LK_MEMBERSHIP "
                + "WHERE CUSTOMER_ID = ? ORDER BY ENROLLED_AT", customerId));
        export.put("orders", rows("SELECT ORIGIN, ORDER_ID, ORDER_NUMBER, SUBMITTED_AT, CURRENCY, REVENUE, COST, IS_MEMBER, "
                + "STATUS, CANCELLED_AT, RECORDED_AT FROM LK_ORDER_FACT WHERE CUSTOMER_ID = ? ORDER BY SUBMITTED_AT, ID",
                customerId));
        export.put("surveyInvitations", rows("SELECT ID, ORDER_ORIGIN, ORDER_ID, CHANNEL, SEGMENT, ISSUED_AT, EXPIRES_AT, "
                + "ANSWERED_AT, DELIVERED_AT, REMINDED_AT FROM LK_SURVEY_INVITATION WHERE CUSTOMER_ID = ? ORDER BY ISSUED_AT, ID",
                customerId));
        export.put("surveyOptOut", rows("SELECT OPTED_OUT_AT FROM LK_SURVEY_OPT_OUT WHERE CUSTOMER_ID = ?", customerId));
        export.put("surveyAnswers", rows("SELECT INVITATION_ID, ANSWERED_AT, CHANNEL, SEGMENT, ORDER_ID, SATISFACTION, "
                + "RECOMMEND, COMMENT_TEXT FROM LK_SURVEY_ANSWER WHERE CUSTOMER_ID = ? ORDER BY ANSWERED_AT, ID", customerId));
        export.put("surveyFollowUps", rows("SELECT f.INVITATION_ID, f.OPENED_AT, f.CLOSED_AT, f.NOTE_TEXT FROM "
                + "LK_SURVEY_FOLLOW_UP f JOIN LK_SURVEY_INVITATION i ON i.ID = f.INVITATION_ID WHERE i.CUSTOMER_ID = ? "
                + "ORDER BY f.OPENED_AT, f.ID", customerId));
        export.put("behaviourModels", rows("SELECT CURRENCY, RECENCY_SCORE, FREQUENCY_SCORE, MONETARY_SCORE, SEGMENT, "
                + "PURCHASES, RECENCY_DAYS, P_ACTIVE, EXPECTED_PURCHASES, EXPECTED_SPEND, PREDICTED_VALUE, COMPUTED_AT "
                + "FROM LK_CUSTOMER_MODEL WHERE CUSTOMER_ID = ? ORDER BY CURRENCY", customerId));
        export.put("offerGroups", rows("SELECT GROUP_CODE, HELD_OUT, FROM_AT, TO_AT FROM LK_OFFER_ASSIGNMENT "
                + "WHERE CUSTOMER_ID = ? ORDER BY FROM_AT, ID", customerId));
        return export;
    }

    /** The rows of a query about the customer, columns named in camel case, instants as ISO-8601. */
    protected List<Map<String, Object>> rows(String sql, String customerId) {
        return jdbc.query(sql, new RowMapper<Map<String, Object>>() {
            @Override
            public Map<String, Object> mapRow(ResultSet rs, int rowNum) throws SQLException {
                ResultSetMetaData meta = rs.getMetaData();
                Map<String, Object> row = new LinkedHashMap<String, Object>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String column = meta.getColumnLabel(i).toUpperCase(Locale.ROOT);
                    row.put(name(column), value(column, rs.getObject(i)));
                }
                return row;
            }
        }, customerId);
    }

    /** ORDER_NUMBER becomes orderNumber, IS_MEMBER member, COMMENT_TEXT comment. */
    static String name(String column) {
        String trimmed = column.startsWith("IS_") ? column.substring(3) : column.endsWith("_TEXT")
                ? column.substring(0, column.length() - 5) : column;
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : trimmed.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    private static Object value(String column, Object value) {
        if (value == null || (SENT.contains(column) && ((Number) value).longValue() < 0)) {
            return null; // a negative instant is a node sending the e-mail now: not sent yet
        }
        if (INSTANTS.contains(column)) {
            return Instant.ofEpochMilli(((Number) value).longValue()).toString();
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        return value instanceof Number || value instanceof Boolean ? value : value.toString();
    }
}
