package com.loyaltykpi.core.capture;

import com.loyaltykpi.core.support.Chunks;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The LK_FACT_CHANGE table: the changes of order facts that the rollups have not applied yet. Writers add rows
 * in the transaction that changes the fact, with its figures; the aggregator applies and deletes them.
 */
public class FactChangeStore {

    private static final String COPY = "INSERT INTO LK_FACT_CHANGE (ORIGIN, ORDER_ID, CHANGE_SIGN, CUSTOMER_ID, "
            + "SUBMITTED_AT, CURRENCY, IS_MEMBER, REVENUE, COST, COST_KNOWN_REVENUE, CHANGED_AT) "
            + "SELECT ORIGIN, ORDER_ID, %d, CUSTOMER_ID, SUBMITTED_AT, CURRENCY, IS_MEMBER, REVENUE, COST, "
            + "COST_KNOWN_REVENUE, %d FROM LK_ORDER_FACT WHERE ORIGIN = :origin AND ORDER_ID IN (:ids)";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public FactChangeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Counts these facts in, those that are submitted, with the figures given (the facts just written). */
    public void countIn(List<OrderFact> facts, Instant at) {
        final List<OrderFact> submitted = new ArrayList<OrderFact>();
        for (OrderFact fact : facts) {
            if (fact.status() == FactStatus.SUBMITTED) {
                submitted.add(fact);
            }
        }
        if (submitted.isEmpty()) {
            return; // an empty JDBC batch is an error on HSQLDB
        }
        final long changedAt = at.toEpochMilli();
        jdbc.batchUpdate("INSERT INTO LK_FACT_CHANGE (ORIGIN, ORDER_ID, CHANGE_SIGN, CUSTOMER_ID, SUBMITTED_AT, CURRENCY, "
                + "IS_MEMBER, REVENUE, COST, COST_KNOWN_REVENUE, CHANGED_AT) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        OrderFact fact = submitted.get(i);
                        ps.setString(1, fact.origin());
                        ps.setString(2, fact.orderId());
                        ps.setString(3, fact.customerId());
                        ps.setLong(4, fact.submittedAt().toEpochMilli());
                        ps.setString(5, fact.revenue().currency().getCurrencyCode());
                        ps.setBoolean(6, fact.member());
                        ps.setBigDecimal(7, fact.revenue().amount());
                        ps.setBigDecimal(8, fact.cost().amount());
                        ps.setBigDecimal(9, fact.costKnownRevenue().amount());
                        ps.setLong(10, changedAt);
                    }

                    @Override
                    public int getBatchSize() {
                        return submitted.size();
                    }
                });
    }

    /** Counts these submitted orders out, with the figures their facts have now (call before changing them). */
    public void countOut(String origin, Collection<String> orderIds, Instant at) {
        copy(origin, orderIds, -1, at, " AND STATUS = 'SUBMITTED'");
    }

    /** Counts an order out that was just marked cancelled (call only when the marking changed the fact). */
    public void countCancelled(String origin, String orderId, Instant at) {
        copy(origin, Collections.singleton(orderId), -1, at, " AND STATUS = 'CANCELLED'");
    }

    private void copy(String origin, Collection<String> orderIds, int sign, Instant at, String condition) {
        if (orderIds.isEmpty()) {
            return;
        }
        for (List<String> chunk : Chunks.of(orderIds)) {
            named.update(String.format(COPY, sign, at.toEpochMilli()) + condition,
                    new MapSqlParameterSource("origin", origin).addValue("ids", chunk));
        }
    }

    /** The oldest pending changes, at most this many. */
    public List<FactChange> oldest(int limit) {
        JdbcTemplate limited = new JdbcTemplate(jdbc.getDataSource());
        limited.setMaxRows(limit);
        return limited.query("SELECT ID, CHANGE_SIGN, CUSTOMER_ID, SUBMITTED_AT, CURRENCY, IS_MEMBER, REVENUE, COST, "
                + "COST_KNOWN_REVENUE FROM LK_FACT_CHANGE ORDER BY ID", new RowMapper<FactChange>() {
                    @Override
                    public FactChange mapRow(ResultSet rs, int rowNum) throws SQLException {
                        return new FactChange(rs.getLong(1), rs.getInt(2), rs.getString(3),
                                Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5), rs.getBoolean(6),
                                rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9));
                    }
                });
    }

    /** Every pending change's id (a full rebuild takes them all in). */
    public List<Long> allIds() {
        return jdbc.queryForList("SELECT ID FROM LK_FACT_CHANGE", Long.class);
    }

    public void delete(List<Long> ids) {
        for (List<Long> chunk : Chunks.of(ids)) {
            named.update("DELETE FROM LK_FACT_CHANGE WHERE ID IN (:ids)", new MapSqlParameterSource("ids", chunk));
        }
    }

    public long pending() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM LK_FACT_CHANGE", Long.class);
    }
}
