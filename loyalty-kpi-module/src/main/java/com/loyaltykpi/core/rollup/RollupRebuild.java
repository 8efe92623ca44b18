package com.loyaltykpi.core.rollup;

import com.loyaltykpi.core.capture.FactChangeStore;
import com.loyaltykpi.core.kpi.BusinessCalendar;
import com.loyaltykpi.core.kpi.Granularity;
import com.loyaltykpi.core.kpi.Measures;
import com.loyaltykpi.core.kpi.Segment;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds every rollup from the facts in one transaction with a consistent snapshot (REPEATABLE READ): the
 * facts it reads and the pending changes it takes in are the same moment's, so nothing is counted twice or
 * missed, and readers see the old rollups until it commits. Facts are read in submission order, page by page;
 * each period is written as soon as it is complete, so memory holds one period per granularity.
 */
public class RollupRebuild {

    /** What runs in the rebuild's transaction before and after it (the lock; the bookkeeping). */
    public interface InTransaction {
        void begin();

        void end();
    }

    private static final Log LOG = LogFactory.getLog(RollupRebuild.class);
    private static final int ATTEMPTS = 5;
    private static final String PAGE = "SELECT ID, CUSTOMER_ID, SUBMITTED_AT, CURRENCY, IS_MEMBER, REVENUE, COST, "
            + "COST_KNOWN_REVENUE FROM LK_ORDER_FACT WHERE STATUS = 'SUBMITTED' AND SUBMITTED_AT >= ? "
            + "AND (SUBMITTED_AT > ? OR ID > ?) ORDER BY SUBMITTED_AT, ID";

    private final JdbcTemplate jdbc;
    private final FactChangeStore changes;
    private final RollupStore rollups;
    private final CustomerPeriodStore customerPeriods;
    private final TransactionTemplate snapshotTransaction;
    private final int pageSize;

    /** @param snapshotTransaction REQUIRES_NEW with isolation REPEATABLE_READ */
    public RollupRebuild(JdbcTemplate jdbc, FactChangeStore changes, RollupStore rollups,
                         CustomerPeriodStore customerPeriods, TransactionTemplate snapshotTransaction, int pageSize) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.rollups = rollups;
        this.customerPeriods = customerPeriods;
        this.snapshotTransaction = snapshotTransaction;
        this.pageSize = pageSize;
    }

    /** Rebuilds; returns the number of facts counted. Retried when the database reports a serialization conflict. */
    public long run(final BusinessCalendar calendar, final InTransaction hooks) {
        for (int attempt = 1; ; attempt++) {
            try {
                return snapshotTransaction.execute(new TransactionCallback<Long>() {
                    @Override
                    public Long doInTransaction(TransactionStatus status) {
                        hooks.begin();
                        long facts = rebuild(calendar);
                        hooks.end();
                        return facts;
                    }
                });
            } catch (ConcurrencyFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                LOG.info("Loyalty: rollup rebuild met a concurrent change; starting it again");
            }
        }
    }

    private long rebuild(BusinessCalendar calendar) {
        List<Long> pendingChanges = changes.allIds();
        rollups.deleteAll();
        customerPeriods.deleteAll();
        final Map<Granularity, PeriodAccumulator> accumulators = new EnumMap<Granularity, PeriodAccumulator>(Granularity.class);
        for (Granularity granularity : Granularity.values()) {
            accumulators.put(granularity, new PeriodAccumulator(granularity));
        }
        JdbcTemplate paged = new JdbcTemplate(jdbc.getDataSource());
        paged.setMaxRows(pageSize);
        paged.setFetchSize(pageSize);
        long total = 0;
        long lastAt = Long.MIN_VALUE;
        long lastId = Long.MIN_VALUE;
        while (true) {
            Page page = new Page(calendar, accumulators);
            paged.query(PAGE, page, lastAt, lastAt, lastId);
            if (page.rows == 0) {
                break;
            }
            total += page.rows;
            lastAt = page.lastAt;
            lastId = page.lastId;
        }
        for (PeriodAccumulator accumulator : accumulators.values()) {
            accumulator.flush();
        }
        changes.delete(pendingChanges);
        return total;
    }

    /** Reads one page of facts into the accumulators. */
    private static final class Page implements RowCallbackHandler {
        private final BusinessCalendar calendar;
        private final Map<Granularity, PeriodAccumulator> accumulators;
        int rows;
        long lastAt;
        long lastId;

        Page(BusinessCalendar calendar, Map<Granularity, PeriodAccumulator> accumulators) {
            this.calendar = calendar;
            this.accumulators = accumulators;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            lastId = rs.getLong(1);
            lastAt = rs.getLong(3);
            LocalDate day = calendar.dayOf(Instant.ofEpochMilli(lastAt));
            String customer = rs.getString(2);
            String currency = rs.getString(4);
            boolean member = rs.getBoolean(5);
            BigDecimal revenue = rs.getBigDecimal(6);
            BigDecimal cost = rs.getBigDecimal(7);
            BigDecimal costKnownRevenue = rs.getBigDecimal(8);
            for (PeriodAccumulator accumulator : accumulators.values()) {
                accumulator.add(day, customer, currency, member, revenue, cost, costKnownRevenue);
            }
            rows++;
        }
    }

    /** The current period of one granularity: its measures and each customer's orders, written when it ends. */
    private final class PeriodAccumulator {
        private final Granularity granularity;
        private LocalDate start;
        private final Map<RollupKey, Measures> measures = new HashMap<RollupKey, Measures>();
        private final Map<CustomerPeriodKey, OrderCounts> counts = new HashMap<CustomerPeriodKey, OrderCounts>();

        PeriodAccumulator(Granularity granularity) {
            this.granularity = granularity;
        }

        void add(LocalDate day, String customer, String currency, boolean member, BigDecimal revenue, BigDecimal cost,
                 BigDecimal costKnownRevenue) {
            LocalDate periodStart = granularity.start(day);
            if (start != null && !start.equals(periodStart)) {
                flush();
            }
            start = periodStart;
            for (Segment segment : new Segment[] {Segment.of(member), Segment.ALL}) {
                measuresOf(new RollupKey(granularity, start, segment, currency))
                        .addOrder(1, customer == null, revenue, cost, costKnownRevenue);
            }
            if (customer != null) {
                CustomerPeriodKey key = new CustomerPeriodKey(granularity, start, currency, customer);
                OrderCounts before = counts.containsKey(key) ? counts.get(key) : OrderCounts.none();
                counts.put(key, before.plus(member, 1));
            }
        }

        void flush() {
            for (Map.Entry<CustomerPeriodKey, OrderCounts> entry : counts.entrySet()) {
                for (Segment segment : Segment.values()) {
                    entry.getValue().addDistinctChange(OrderCounts.none(), segment,
                            measuresOf(new RollupKey(granularity, start, segment, entry.getKey().currency())));
                }
            }
            rollups.insert(measures);
            customerPeriods.insert(counts);
            measures.clear();
            counts.clear();
        }

        private Measures measuresOf(RollupKey key) {
            Measures m = measures.get(key);
            if (m == null) {
                m = new Measures();
                measures.put(key, m);
            }
            return m;
        }
    }
}
