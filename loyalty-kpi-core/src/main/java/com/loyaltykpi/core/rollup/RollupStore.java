package com.loyaltykpi.core.rollup;

import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.period.Measures;
import com.loyaltykpi.core.period.Segment;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The LK_ROLLUP table: the measures of every (granularity, period, segment, currency) that has orders. */
public class RollupStore {

    private static final String COLUMNS = "GRANULARITY, PERIOD_START, SEGMENT, CURRENCY, ORDERS, GUEST_ORDERS, REVENUE, "
            + "COST, COST_KNOWN_REVENUE, CUSTOMERS, REPEAT_CUSTOMERS";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public RollupStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** The stored measures of these rows (rows without orders are absent). */
    public Map<RollupKey, Measures> read(Collection<RollupKey> keys) {
        Map<String, List<RollupKey>> byGroup = new LinkedHashMap<String, List<RollupKey>>();
        for (RollupKey key : keys) {
            String group = key.granularity() + "|" + key.currency();
            List<RollupKey> list = byGroup.get(group);
            if (list == null) {
                list = new ArrayList<RollupKey>();
                byGroup.put(group, list);
            }
            list.add(key);
        }
        final Map<RollupKey, Measures> found = new HashMap<RollupKey, Measures>();
        for (List<RollupKey> group : byGroup.values()) {
            List<LocalDate> starts = new ArrayList<LocalDate>();
            for (RollupKey key : group) {
                starts.add(key.start());
            }
            found.putAll(read(group.get(0).granularity(), group.get(0).currency(), starts));
        }
        found.keySet().retainAll(keys);
        return found;
    }

    /** The stored rows of these periods in one currency, all segments. */
    public Map<RollupKey, Measures> read(final Granularity granularity, final String currency, Collection<LocalDate> starts) {
        final Map<RollupKey, Measures> found = new HashMap<RollupKey, Measures>();
        List<Date> dates = new ArrayList<Date>();
        for (LocalDate start : starts) {
            dates.add(Date.valueOf(start));
        }
        for (int from = 0; from < dates.size(); from += 500) {
            MapSqlParameterSource params = new MapSqlParameterSource("granularity", granularity.name())
                    .addValue("currency", currency).addValue("starts", dates.subList(from, Math.min(dates.size(), from + 500)));
            named.query("SELECT " + COLUMNS + " FROM LK_ROLLUP WHERE GRANULARITY = :granularity AND CURRENCY = :currency "
                    + "AND PERIOD_START IN (:starts)", params, new RowCallbackHandler() {
                        @Override
                        public void processRow(ResultSet rs) throws SQLException {
                            found.put(new RollupKey(granularity, rs.getDate("PERIOD_START").toLocalDate(),
                                    Segment.valueOf(rs.getString("SEGMENT")), currency), measuresOf(rs));
                        }
                    });
        }
        return found;
    }

    /** Each currency's average order value over all its orders (from the yearly rollups); currencies with orders only. */
    public Map<String, BigDecimal> averageOrderValues() {
        final Map<String, BigDecimal> averages = new HashMap<String, BigDecimal>();
        jdbc.query("SELECT CURRENCY, SUM(REVENUE), SUM(ORDERS) FROM LK_ROLLUP WHERE GRANULARITY = 'YEAR' AND SEGMENT = 'ALL' "
                + "GROUP BY CURRENCY", new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        if (rs.getLong(3) > 0) {
                            averages.put(rs.getString(1), rs.getBigDecimal(2).divide(BigDecimal.valueOf(rs.getLong(3)),
                                    MathContext.DECIMAL64));
                        }
                    }
                });
        return averages;
    }

    /** The currencies that have orders, for choosing one in a report. */
    public List<String> currencies() {
        return jdbc.queryForList("SELECT DISTINCT CURRENCY FROM LK_ROLLUP WHERE GRANULARITY = 'YEAR' ORDER BY CURRENCY",
                String.class);
    }

    public void insert(Map<RollupKey, Measures> rows) {
        if (rows.isEmpty()) {
            return; // an empty JDBC batch is an error on HSQLDB
        }
        List<Object[]> args = new ArrayList<Object[]>();
        for (Map.Entry<RollupKey, Measures> row : rows.entrySet()) {
            args.add(values(row.getValue(), row.getKey(), true));
        }
        jdbc.batchUpdate("INSERT INTO LK_ROLLUP (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", args);
    }

    public void update(Map<RollupKey, Measures> rows) {
        if (rows.isEmpty()) {
            return; // an empty JDBC batch is an error on HSQLDB
        }
        List<Object[]> args = new ArrayList<Object[]>();
        for (Map.Entry<RollupKey, Measures> row : rows.entrySet()) {
            args.add(values(row.getValue(), row.getKey(), false));
        }
        jdbc.batchUpdate("UPDATE LK_ROLLUP SET ORDERS = ?, GUEST_ORDERS = ?, REVENUE = ?, COST = ?, COST_KNOWN_REVENUE = ?, "
                + "CUSTOMERS = ?, REPEAT_CUSTOMERS = ? WHERE GRANULARITY = ? AND PERIOD_START = ? AND SEGMENT = ? AND CURRENCY = ?",
                args);
    }

    public void delete(Collection<RollupKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        List<Object[]> args = new ArrayList<Object[]>();
        for (RollupKey key : keys) {
            args.add(new Object[] {key.granularity().name(), Date.valueOf(key.start()), key.segment().name(), key.currency()});
        }
        jdbc.batchUpdate("DELETE FROM LK_ROLLUP WHERE GRANULARITY = ? AND PERIOD_START = ? AND SEGMENT = ? AND CURRENCY = ?", args);
    }

    public void deleteAll() {
        jdbc.update("DELETE FROM LK_ROLLUP");
    }

    /** Key then measures (INSERT), or measures then key (UPDATE ... WHERE key). */
    private static Object[] values(Measures m, RollupKey key, boolean keyFirst) {
        List<Object> keyValues = Arrays.<Object>asList(key.granularity().name(), Date.valueOf(key.start()),
                key.segment().name(), key.currency());
        List<Object> measures = Arrays.<Object>asList(m.orders(), m.guestOrders(), m.revenue(), m.cost(),
                m.costKnownRevenue(), m.registeredCustomers(), m.repeatCustomers());
        List<Object> all = new ArrayList<Object>(keyFirst ? keyValues : measures);
        all.addAll(keyFirst ? measures : keyValues);
        return all.toArray();
    }

    private static Measures measuresOf(ResultSet rs) throws SQLException {
        return new Measures(rs.getLong("ORDERS"), rs.getLong("GUEST_ORDERS"), rs.getBigDecimal("REVENUE"),
                rs.getBigDecimal("COST"), rs.getBigDecimal("COST_KNOWN_REVENUE"), rs.getLong("CUSTOMERS"),
                rs.getLong("REPEAT_CUSTOMERS"));
    }
}
