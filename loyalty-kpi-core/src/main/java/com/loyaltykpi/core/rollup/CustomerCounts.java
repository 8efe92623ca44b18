package com.loyaltykpi.core.rollup;

import com.loyaltykpi.core.period.BusinessCalendar;
import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.support.Chunks;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many orders each customer of a batch of fact changes has in each period the batch touches, as the rollups
 * count them now and once the batch is applied. Read from the facts themselves, through the index on
 * (CUSTOMER_ID, SUBMITTED_AT): the rollups count the facts minus the changes still pending (every write of a fact
 * writes its change rows in the same transaction), so one statement reading both, one snapshot, gives the counts
 * the rollups stand on, with no per-customer table to keep.
 */
public class CustomerCounts {

    private static final String FACTS_AND_PENDING = "SELECT CUSTOMER_ID, SUBMITTED_AT, CURRENCY, IS_MEMBER, 1 AS N "
            + "FROM LK_ORDER_FACT WHERE STATUS = 'SUBMITTED' AND CUSTOMER_ID IN (:customers) AND SUBMITTED_AT >= :from "
            + "AND SUBMITTED_AT < :to UNION ALL SELECT CUSTOMER_ID, SUBMITTED_AT, CURRENCY, IS_MEMBER, -CHANGE_SIGN "
            + "FROM LK_FACT_CHANGE WHERE CUSTOMER_ID IN (:customers) AND SUBMITTED_AT >= :from AND SUBMITTED_AT < :to";

    private final NamedParameterJdbcTemplate named;

    public CustomerCounts(JdbcTemplate jdbc) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * The counts of these customer periods as the rollups count them now (a period without orders is absent);
     * the keys of {@code deltas}, a batch's changes per customer period, say which periods to read.
     */
    public Map<CustomerPeriodKey, OrderCounts> before(final Map<CustomerPeriodKey, OrderCounts> deltas,
                                                      final BusinessCalendar calendar) {
        final Map<CustomerPeriodKey, OrderCounts> counts = new HashMap<CustomerPeriodKey, OrderCounts>();
        if (deltas.isEmpty()) {
            return counts;
        }
        Set<String> customers = new LinkedHashSet<String>();
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (CustomerPeriodKey key : deltas.keySet()) {
            customers.add(key.customerId());
            from = Math.min(from, calendar.startOf(key.start()).toEpochMilli());
            to = Math.max(to, calendar.startOf(key.granularity().plus(key.start(), 1)).toEpochMilli());
        }
        for (List<String> chunk : Chunks.of(customers)) {
            named.query(FACTS_AND_PENDING, new MapSqlParameterSource("customers", chunk).addValue("from", from)
                    .addValue("to", to), new RowCallbackHandler() {
                        @Override
                        public void processRow(ResultSet rs) throws SQLException {
                            LocalDate day = calendar.dayOf(Instant.ofEpochMilli(rs.getLong(2)));
                            for (Granularity granularity : Granularity.values()) {
                                CustomerPeriodKey key = new CustomerPeriodKey(granularity, granularity.start(day),
                                        rs.getString(3), rs.getString(1));
                                if (deltas.containsKey(key)) {
                                    OrderCounts before = counts.containsKey(key) ? counts.get(key) : OrderCounts.none();
                                    counts.put(key, before.plus(rs.getBoolean(4), rs.getInt(5)));
                                }
                            }
                        }
                    });
        }
        return counts;
    }
}
