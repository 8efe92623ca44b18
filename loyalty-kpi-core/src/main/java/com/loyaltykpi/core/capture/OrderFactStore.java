package com.loyaltykpi.core.capture;

import com.loyaltykpi.core.money.Money;
import com.loyaltykpi.core.support.Chunks;

import com.loyaltykpi.core.support.SqlDialect;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The LK_ORDER_FACT table: one row per order and origin, never two (a unique key guards replays, see OrderRecorder). */
public class OrderFactStore {

    private static final String COLUMNS = "ORIGIN, ORDER_ID, ORDER_NUMBER, CUSTOMER_ID, SUBMITTED_AT, CURRENCY, "
            + "REVENUE, COST, COST_KNOWN_REVENUE, IS_MEMBER, STATUS, CANCELLED_AT, RECORDED_AT, DISCOUNT";
    private static final String INSERT = "INSERT INTO LK_ORDER_FACT (" + COLUMNS + ") "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public OrderFactStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Refreshes the database's statistics of the facts and their pending changes, after a bulk write. */
    public void analyze() {
        SqlDialect dialect = SqlDialect.of(jdbc);
        dialect.analyze(jdbc, "LK_ORDER_FACT");
        dialect.analyze(jdbc, "LK_FACT_CHANGE");
    }

    /** Inserts facts known to be new, in one JDBC batch. */
    public void insertAll(final List<OrderFact> facts, final Instant recordedAt) {
        if (facts.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                bind(ps, facts.get(i), recordedAt);
            }

            @Override
            public int getBatchSize() {
                return facts.size();
            }
        });
    }

    /** Marks the order's fact cancelled; false when there is no fact or it was cancelled already. */
    public boolean markCancelled(String origin, String orderId, Instant cancelledAt) {
        return jdbc.update("UPDATE LK_ORDER_FACT SET STATUS = ?, CANCELLED_AT = ? "
                        + "WHERE ORIGIN = ? AND ORDER_ID = ? AND STATUS <> ?",
                FactStatus.CANCELLED.name(), cancelledAt.toEpochMilli(), origin, orderId,
                FactStatus.CANCELLED.name()) == 1;
    }

    /** The status of each of these orders that has a fact. */
    public Map<String, FactStatus> statusOf(String origin, Collection<String> orderIds) {
        final Map<String, FactStatus> statuses = new HashMap<String, FactStatus>();
        if (orderIds.isEmpty()) {
            return statuses;
        }
        for (List<String> chunk : Chunks.of(orderIds)) {
            MapSqlParameterSource params = new MapSqlParameterSource("origin", origin).addValue("ids", chunk);
            named.query("SELECT ORDER_ID, STATUS FROM LK_ORDER_FACT WHERE ORIGIN = :origin AND ORDER_ID IN (:ids)",
                    params, new RowMapper<Void>() {
                        @Override
                        public Void mapRow(ResultSet rs, int rowNum) throws SQLException {
                            statuses.put(rs.getString(1), FactStatus.valueOf(rs.getString(2)));
                            return null;
                        }
                    });
        }
        return statuses;
    }

    /** The facts of these orders that exist, by order id. */
    public Map<String, OrderFact> findAll(String origin, Collection<String> orderIds) {
        Map<String, OrderFact> found = new HashMap<String, OrderFact>();
        if (orderIds.isEmpty()) {
            return found;
        }
        for (List<String> chunk : Chunks.of(orderIds)) {
            MapSqlParameterSource params = new MapSqlParameterSource("origin", origin).addValue("ids", chunk);
            for (OrderFact fact : named.query("SELECT " + COLUMNS + " FROM LK_ORDER_FACT WHERE ORIGIN = :origin "
                    + "AND ORDER_ID IN (:ids)", params, new FactMapper())) {
                found.put(fact.orderId(), fact);
            }
        }
        return found;
    }

    /** Facts of this origin whose customer is one of these. */
    public List<OrderFact> ofCustomers(String origin, Collection<String> customerIds) {
        List<OrderFact> found = new ArrayList<OrderFact>();
        for (List<String> chunk : Chunks.of(customerIds)) {
            MapSqlParameterSource params = new MapSqlParameterSource("origin", origin).addValue("customers", chunk);
            found.addAll(named.query("SELECT " + COLUMNS + " FROM LK_ORDER_FACT WHERE ORIGIN = :origin "
                    + "AND CUSTOMER_ID IN (:customers)", params, new FactMapper()));
        }
        return found;
    }

    /** Rewrites these facts' figures, customer, member flag and status (imports correct what they imported). */
    public void updateAll(final List<OrderFact> facts, final Instant recordedAt) {
        if (facts.isEmpty()) {
            return; // an empty JDBC batch is an error on HSQLDB
        }
        jdbc.batchUpdate("UPDATE LK_ORDER_FACT SET ORDER_NUMBER = ?, CUSTOMER_ID = ?, SUBMITTED_AT = ?, CURRENCY = ?, "
                + "REVENUE = ?, COST = ?, COST_KNOWN_REVENUE = ?, IS_MEMBER = ?, STATUS = ?, CANCELLED_AT = ?, RECORDED_AT = ?, "
                + "DISCOUNT = ? WHERE ORIGIN = ? AND ORDER_ID = ?", new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        OrderFact fact = facts.get(i);
                        ps.setString(1, fact.orderNumber());
                        ps.setString(2, fact.customerId());
                        ps.setLong(3, fact.submittedAt().toEpochMilli());
                        ps.setString(4, fact.revenue().currency().getCurrencyCode());
                        ps.setBigDecimal(5, fact.revenue().amount());
                        ps.setBigDecimal(6, fact.cost().amount());
                        ps.setBigDecimal(7, fact.costKnownRevenue().amount());
                        ps.setBoolean(8, fact.member());
                        ps.setString(9, fact.status().name());
                        if (fact.cancelledAt() == null) {
                            ps.setNull(10, Types.BIGINT);
                        } else {
                            ps.setLong(10, fact.cancelledAt().toEpochMilli());
                        }
                        ps.setLong(11, recordedAt.toEpochMilli());
                        ps.setBigDecimal(12, amountOf(fact.discount()));
                        ps.setString(13, fact.origin());
                        ps.setString(14, fact.orderId());
                    }

                    @Override
                    public int getBatchSize() {
                        return facts.size();
                    }
                });
    }

    /** Every registered customer with at least one fact. */
    public Set<String> customers() {
        return new HashSet<String>(jdbc.queryForList("SELECT DISTINCT CUSTOMER_ID FROM LK_ORDER_FACT "
                + "WHERE CUSTOMER_ID IS NOT NULL", String.class));
    }

    /** A customer's latest facts of every origin, newest first (the admin's member page). */
    public List<OrderFact> latestOfCustomer(String customerId, int limit) {
        JdbcTemplate limited = new JdbcTemplate(jdbc.getDataSource());
        limited.setMaxRows(limit);
        return limited.query("SELECT " + COLUMNS + " FROM LK_ORDER_FACT WHERE CUSTOMER_ID = ? ORDER BY SUBMITTED_AT DESC, ID DESC",
                new FactMapper(), customerId);
    }

    /** The fact of one order, or null. */
    public OrderFact find(String origin, String orderId) {
        List<OrderFact> found = jdbc.query("SELECT " + COLUMNS + " FROM LK_ORDER_FACT WHERE ORIGIN = ? AND ORDER_ID = ?",
                new FactMapper(), origin, orderId);
        return found.isEmpty() ? null : found.get(0);
    }

    private static void bind(PreparedStatement ps, OrderFact fact, Instant recordedAt) throws SQLException {
        ps.setString(1, fact.origin());
        ps.setString(2, fact.orderId());
        ps.setString(3, fact.orderNumber());
        ps.setString(4, fact.customerId());
        ps.setLong(5, fact.submittedAt().toEpochMilli());
        ps.setString(6, fact.revenue().currency().getCurrencyCode());
        ps.setBigDecimal(7, fact.revenue().amount());
        ps.setBigDecimal(8, fact.cost().amount());
        ps.setBigDecimal(9, fact.costKnownRevenue().amount());
        ps.setBoolean(10, fact.member());
        ps.setString(11, fact.status().name());
        if (fact.cancelledAt() == null) {
            ps.setNull(12, Types.BIGINT);
        } else {
            ps.setLong(12, fact.cancelledAt().toEpochMilli());
        }
        ps.setLong(13, recordedAt.toEpochMilli());
        ps.setBigDecimal(14, amountOf(fact.discount()));
    }

    private static BigDecimal amountOf(Money money) {
        return money == null ? null : money.amount();
    }

    private static final class FactMapper implements RowMapper<OrderFact> {
        @Override
        public OrderFact mapRow(ResultSet rs, int rowNum) throws SQLException {
            Currency currency = Currency.getInstance(rs.getString("CURRENCY"));
            long cancelledAt = rs.getLong("CANCELLED_AT");
            boolean notCancelled = rs.wasNull();
            BigDecimal discount = rs.getBigDecimal("DISCOUNT");
            return new OrderFact(rs.getString("ORIGIN"), rs.getString("ORDER_ID"), rs.getString("ORDER_NUMBER"),
                    rs.getString("CUSTOMER_ID"), Instant.ofEpochMilli(rs.getLong("SUBMITTED_AT")),
                    Money.of(rs.getBigDecimal("REVENUE"), currency), Money.of(rs.getBigDecimal("COST"), currency),
                    Money.of(rs.getBigDecimal("COST_KNOWN_REVENUE"), currency),
                    discount == null ? null : Money.of(discount, currency), rs.getBoolean("IS_MEMBER"),
                    FactStatus.valueOf(rs.getString("STATUS")), notCancelled ? null : Instant.ofEpochMilli(cancelledAt));
        }
    }
}
