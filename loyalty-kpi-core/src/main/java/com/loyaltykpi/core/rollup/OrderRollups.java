package com.loyaltykpi.core.rollup;

import com.loyaltykpi.core.mix.MixRollupStore;
import com.loyaltykpi.core.mix.ValueSteps;

import com.loyaltykpi.core.capture.FactChange;
import com.loyaltykpi.core.capture.FactChangeStore;
import com.loyaltykpi.core.period.BusinessCalendar;
import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.period.Measures;
import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.support.SqlDialect;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order rollups (LK_ROLLUP) kept in line with the order facts. Incrementally: a batch of pending fact changes
 * adds its orders and amounts to their periods, and changes the distinct and repeat customers by what the batch
 * customers' orders were before and after (CustomerCounts). Or from scratch, in the caller's snapshot: the
 * facts it reads and the pending changes it takes in are the same moment's. The database does the rebuild's work: one {@code GROUP BY}
 * of the facts by business day (through the calendar table) for the sums, and per granularity one of each
 * customer's orders per period for the distinct and repeat customers; the application only receives the
 * aggregated rows (a few thousand) and writes them.
 */
public class OrderRollups implements ChangeApplier {

    private static final int WORKING_MEGABYTES = 256;
    private static final String FACTS = " FROM LK_ORDER_FACT f %s ON c.SLOT_NO = %s "
            + "WHERE f.STATUS = 'SUBMITTED'";
    private static final String MEMBER_ORDER = "CASE WHEN f.IS_MEMBER THEN 1 ELSE 0 END";
    private static final String NON_MEMBER_ORDER = "CASE WHEN f.IS_MEMBER THEN 0 ELSE 1 END";

    private final JdbcTemplate jdbc;
    private final FactChangeStore changes;
    private final RollupStore rollups;
    private final CustomerCounts customerCounts;
    private final CalendarStore calendarStore;
    private final MixRollupStore mix;
    private final int batchSize;

    public OrderRollups(JdbcTemplate jdbc, FactChangeStore changes, RollupStore rollups, CustomerCounts customerCounts,
                        CalendarStore calendarStore, MixRollupStore mix, int batchSize) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.rollups = rollups;
        this.customerCounts = customerCounts;
        this.calendarStore = calendarStore;
        this.mix = mix;
        this.batchSize = batchSize;
    }

    @Override
    public int applyBatch(BusinessCalendar calendar) {
        List<FactChange> batch = changes.oldest(batchSize);
        if (batch.isEmpty()) {
            return 0;
        }
        apply(batch, calendar);
        List<Long> ids = new ArrayList<Long>();
        for (FactChange change : batch) {
            ids.add(change.id());
        }
        changes.delete(ids);
        return batch.size();
    }

    @Override
    public long rebuild(BusinessCalendar calendar) {
        SqlDialect dialect = SqlDialect.of(jdbc);
        dialect.setTransactionMemory(jdbc, WORKING_MEGABYTES);
        List<Long> pendingChanges = changes.allIds();
        rollups.deleteAll();
        Map<String, Object> range = jdbc.queryForMap("SELECT MIN(SUBMITTED_AT) AS FIRST_AT, MAX(SUBMITTED_AT) AS LAST_AT "
                + "FROM LK_ORDER_FACT");
        long facts = 0;
        MixRollupStore.Deltas orderMix = new MixRollupStore.Deltas();
        if (range.get("FIRST_AT") != null) {
            calendarStore.cover(calendar, Instant.ofEpochMilli(((Number) range.get("FIRST_AT")).longValue()),
                    Instant.ofEpochMilli(((Number) range.get("LAST_AT")).longValue()));
            String from = String.format(FACTS, dialect.lookupJoin("LK_CALENDAR c"),
                    dialect.wholeQuotient("f.SUBMITTED_AT", CalendarStore.SLOT_MILLIS));
            Map<RollupKey, Measures> rows = new HashMap<RollupKey, Measures>();
            facts = addSums(dialect, from, rows);
            for (Granularity granularity : Granularity.values()) {
                addCustomers(dialect, from, granularity, rows);
            }
            rollups.insert(rows);
            addMix(dialect, from, orderMix);
        }
        mix.replace(MixRollupStore.Source.ORDER, orderMix);
        changes.delete(pendingChanges);
        return facts;
    }

    /** Orders and amounts per business day, added to the periods of every granularity; returns the orders. */
    private long addSums(SqlDialect dialect, String from, final Map<RollupKey, Measures> rows) {
        final long[] orders = new long[1];
        jdbc.query(dialect.withMemory("SELECT c.DAY_START, f.CURRENCY, f.IS_MEMBER, COUNT(*), SUM(CASE WHEN "
                + "f.CUSTOMER_ID IS NULL THEN 1 ELSE 0 END), SUM(f.REVENUE), SUM(f.COST), SUM(f.COST_KNOWN_REVENUE)" + from
                + " GROUP BY c.DAY_START, f.CURRENCY, f.IS_MEMBER", WORKING_MEGABYTES), new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        LocalDate day = rs.getDate(1).toLocalDate();
                        String currency = rs.getString(2);
                        Measures dayTotals = new Measures(rs.getLong(4), rs.getLong(5), rs.getBigDecimal(6),
                                rs.getBigDecimal(7), rs.getBigDecimal(8), 0, 0);
                        orders[0] += dayTotals.orders();
                        for (Granularity granularity : Granularity.values()) {
                            LocalDate start = granularity.start(day);
                            for (Segment segment : new Segment[] {Segment.of(rs.getBoolean(3)), Segment.ALL}) {
                                rows.computeIfAbsent(new RollupKey(granularity, start, segment, currency),
                                        k -> new Measures()).add(dayTotals);
                            }
                        }
                    }
                });
        return orders[0];
    }

    /** Orders per business day, segment, currency and value step: the order mix. */
    private void addMix(SqlDialect dialect, String from, final MixRollupStore.Deltas orderMix) {
        // grouped by the step's expression itself: MariaDB would first copy a derived table of every fact
        String step = ValueSteps.sql(dialect, "f.REVENUE");
        jdbc.query(dialect.withMemory("SELECT c.DAY_START, f.CURRENCY, f.IS_MEMBER, " + step + ", COUNT(*)" + from
                + " GROUP BY c.DAY_START, f.CURRENCY, f.IS_MEMBER, " + step, WORKING_MEGABYTES),
                new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        orderMix.add(rs.getDate(1).toLocalDate(), Segment.of(rs.getBoolean(3)), rs.getString(2),
                                rs.getInt(4), rs.getLong(5), 0, 0);
                    }
                });
    }

    /** Distinct and repeat customers of each period of this granularity, per segment. */
    private void addCustomers(SqlDialect dialect, String from, final Granularity granularity,
                              final Map<RollupKey, Measures> rows) {
        String period = "c." + CalendarStore.column(granularity);
        jdbc.query(dialect.withMemory("SELECT p.PERIOD_START, p.CURRENCY, "
                + "SUM(CASE WHEN p.M >= 1 THEN 1 ELSE 0 END), SUM(CASE WHEN p.M >= 2 THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN p.N >= 1 THEN 1 ELSE 0 END), SUM(CASE WHEN p.N >= 2 THEN 1 ELSE 0 END), "
                + "COUNT(*), SUM(CASE WHEN p.M + p.N >= 2 THEN 1 ELSE 0 END) FROM (SELECT " + period + " AS PERIOD_START, "
                + "f.CURRENCY, f.CUSTOMER_ID, SUM(" + MEMBER_ORDER + ") AS M, SUM(" + NON_MEMBER_ORDER + ") AS N" + from
                + " AND f.CUSTOMER_ID IS NOT NULL GROUP BY " + period + ", f.CURRENCY, f.CUSTOMER_ID) p "
                + "GROUP BY p.PERIOD_START, p.CURRENCY", WORKING_MEGABYTES), new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        LocalDate start = rs.getDate(1).toLocalDate();
                        String currency = rs.getString(2);
                        Segment[] segments = {Segment.MEMBER, Segment.NON_MEMBER, Segment.ALL};
                        for (int s = 0; s < segments.length; s++) {
                            long customers = rs.getLong(3 + 2 * s);
                            if (customers > 0) {
                                rows.computeIfAbsent(new RollupKey(granularity, start, segments[s], currency), k -> new Measures())
                                        .addCustomers(customers, rs.getLong(4 + 2 * s));
                            }
                        }
                    }
                });
    }

    private void apply(List<FactChange> batch, BusinessCalendar calendar) {
        Map<RollupKey, Measures> deltas = new HashMap<RollupKey, Measures>();
        Map<CustomerPeriodKey, OrderCounts> countDeltas = new HashMap<CustomerPeriodKey, OrderCounts>();
        MixRollupStore.Deltas orderMix = new MixRollupStore.Deltas();
        for (FactChange change : batch) {
            LocalDate day = calendar.dayOf(change.submittedAt());
            Segment segment = Segment.of(change.member());
            orderMix.add(day, segment, change.currency(), ValueSteps.of(change.revenue()), change.sign(), 0, 0);
            for (Granularity granularity : Granularity.values()) {
                LocalDate start = granularity.start(day);
                for (Segment counted : new Segment[] {segment, Segment.ALL}) {
                    deltas.computeIfAbsent(new RollupKey(granularity, start, counted, change.currency()), k -> new Measures())
                            .addOrder(change.sign(), change.customerId() == null, change.revenue(), change.cost(),
                                    change.costKnownRevenue());
                }
                if (change.customerId() != null) {
                    CustomerPeriodKey key = new CustomerPeriodKey(granularity, start, change.currency(), change.customerId());
                    OrderCounts delta = countDeltas.containsKey(key) ? countDeltas.get(key) : OrderCounts.none();
                    countDeltas.put(key, delta.plus(change.member(), change.sign()));
                }
            }
        }
        applyCustomerCounts(countDeltas, deltas, calendar);
        writeRollups(deltas);
        mix.apply(MixRollupStore.Source.ORDER, orderMix);
    }

    /** Adds to the rollup deltas what the batch changes in distinct and repeat customers. */
    private void applyCustomerCounts(Map<CustomerPeriodKey, OrderCounts> countDeltas, Map<RollupKey, Measures> deltas,
                                     BusinessCalendar calendar) {
        Map<CustomerPeriodKey, OrderCounts> counted = customerCounts.before(countDeltas, calendar);
        for (Map.Entry<CustomerPeriodKey, OrderCounts> entry : countDeltas.entrySet()) {
            CustomerPeriodKey key = entry.getKey();
            OrderCounts before = counted.containsKey(key) ? counted.get(key) : OrderCounts.none();
            OrderCounts after = new OrderCounts(before.memberOrders() + entry.getValue().memberOrders(),
                    before.nonMemberOrders() + entry.getValue().nonMemberOrders());
            for (Segment segment : Segment.values()) {
                after.addDistinctChange(before, segment,
                        deltas.computeIfAbsent(new RollupKey(key.granularity(), key.start(), segment, key.currency()),
                                k -> new Measures()));
            }
        }
    }

    private void writeRollups(Map<RollupKey, Measures> deltas) {
        Map<RollupKey, Measures> stored = rollups.read(deltas.keySet());
        Map<RollupKey, Measures> inserts = new HashMap<RollupKey, Measures>();
        Map<RollupKey, Measures> updates = new HashMap<RollupKey, Measures>();
        List<RollupKey> deletes = new ArrayList<RollupKey>();
        for (Map.Entry<RollupKey, Measures> delta : deltas.entrySet()) {
            Measures row = stored.containsKey(delta.getKey()) ? stored.get(delta.getKey()) : new Measures();
            row.add(delta.getValue());
            if (row.isEmpty()) {
                if (stored.containsKey(delta.getKey())) {
                    deletes.add(delta.getKey());
                }
            } else if (stored.containsKey(delta.getKey())) {
                updates.put(delta.getKey(), row);
            } else {
                inserts.put(delta.getKey(), row);
            }
        }
        rollups.delete(deletes);
        rollups.update(updates);
        rollups.insert(inserts);
    }
}
