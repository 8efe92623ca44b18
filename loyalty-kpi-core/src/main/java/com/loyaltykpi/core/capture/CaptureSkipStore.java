package com.loyaltykpi.core.capture;

import com.loyaltykpi.core.support.Chunks;
import com.loyaltykpi.core.support.DuplicateKeys;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The LK_CAPTURE_SKIP table: orders deliberately not recorded, with the reason, so that an operator can read
 * why and reconciliation does not judge them again.
 */
public class CaptureSkipStore {

    private static final int REASON_LENGTH = 255;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public CaptureSkipStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Records the skip; false when this order was skipped before. */
    public boolean record(String origin, PlatformOrder order, String reason, Instant at) {
        String shortReason = reason.length() > REASON_LENGTH ? reason.substring(0, REASON_LENGTH) : reason;
        try {
            jdbc.update("INSERT INTO LK_CAPTURE_SKIP (ORIGIN, ORDER_ID, ORDER_NUMBER, REASON, SKIPPED_AT) "
                    + "VALUES (?, ?, ?, ?, ?)", origin, order.orderId(), order.orderNumber(), shortReason, at.toEpochMilli());
            return true;
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Which of these orders were skipped. */
    public Set<String> skipped(String origin, Collection<String> orderIds) {
        if (orderIds.isEmpty()) {
            return new HashSet<String>();
        }
        Set<String> skipped = new HashSet<String>();
        for (List<String> chunk : Chunks.of(orderIds)) {
            MapSqlParameterSource params = new MapSqlParameterSource("origin", origin).addValue("ids", chunk);
            skipped.addAll(named.queryForList(
                    "SELECT ORDER_ID FROM LK_CAPTURE_SKIP WHERE ORIGIN = :origin AND ORDER_ID IN (:ids)", params, String.class));
        }
        return skipped;
    }

    /** The reason an order was skipped, or null. */
    public String reasonFor(String origin, String orderId) {
        List<String> reasons = jdbc.queryForList("SELECT REASON FROM LK_CAPTURE_SKIP WHERE ORIGIN = ? AND ORDER_ID = ?",
                String.class, origin, orderId);
        return reasons.isEmpty() ? null : reasons.get(0);
    }

    /** How many orders were skipped for each reason, for the backfill report. */
    public Map<String, Long> countsByReason(String origin) {
        Map<String, Long> counts = new TreeMap<String, Long>();
        for (Map<String, Object> row : jdbc.queryForList(
                "SELECT REASON, COUNT(*) AS N FROM LK_CAPTURE_SKIP WHERE ORIGIN = ? GROUP BY REASON", origin)) {
            counts.put((String) row.get("REASON"), ((Number) row.get("N")).longValue());
        }
        return counts;
    }
}
