package com.loyaltykpi.core.rollup;

import com.loyaltykpi.core.capture.FactChange;
import com.loyaltykpi.core.capture.FactChangeStore;
import com.loyaltykpi.core.period.BusinessCalendar;
import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.period.Measures;
import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.settings.ClusterLock;
import com.loyaltykpi.core.settings.DataVersion;
import com.loyaltykpi.core.settings.SettingsStore;
import com.loyaltykpi.core.settings.ShopTimeZone;
import com.loyaltykpi.core.survey.SurveyAggregator;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the rollups in line with the order facts, and the satisfaction rollups with survey invitations and
 * answers. Incrementally: pending fact changes (then survey changes) are applied in batches, each batch in one
 * transaction that also deletes the changes it applied, under a lock shared by all nodes. A
 * node killed mid-batch leaves the batch unapplied and its changes pending, so the next run redoes it. Or from
 * scratch ({@link #rebuild()}), when the shop's time zone changed, or for repair.
 */
public class Aggregator {

    public static final String LOCK = "rollup";
    static final String BUILT_IN_ZONE = "rollup.timeZone";

    private static final Log LOG = LogFactory.getLog(Aggregator.class);

    private final FactChangeStore changes;
    private final RollupStore rollups;
    private final CustomerCounts customerCounts;
    private final RollupRebuild rebuild;
    private final SurveyAggregator surveys;
    private final ClusterLock lock;
    private final SettingsStore settings;
    private final ShopTimeZone timeZone;
    private final DataVersion dataVersion;
    private final TransactionTemplate newTransaction;
    private final int batchSize;

    public Aggregator(FactChangeStore changes, RollupStore rollups, CustomerCounts customerCounts,
                      RollupRebuild rebuild, SurveyAggregator surveys, ClusterLock lock, SettingsStore settings,
                      ShopTimeZone timeZone, DataVersion dataVersion, TransactionTemplate newTransaction, int batchSize) {
        this.changes = changes;
        this.rollups = rollups;
        this.customerCounts = customerCounts;
        this.rebuild = rebuild;
        this.surveys = surveys;
        this.lock = lock;
        this.settings = settings;
        this.timeZone = timeZone;
        this.dataVersion = dataVersion;
        this.newTransaction = newTransaction;
        this.batchSize = batchSize;
    }

    /** Applies every pending change; rebuilds instead when the rollups were built in another time zone (or never). */
    public AggregationReport aggregate() {
        lock.createRows();
        ZoneId zone = timeZone.current();
        if (!zone.getId().equals(settings.get(BUILT_IN_ZONE))) {
            LOG.info("Loyalty: rollups are not built in time zone " + zone + " yet; rebuilding them");
            return rebuild();
        }
        long[] applied = new long[2]; // fact changes, survey changes
        int batches = 0;
        for (int kind = 0; kind < 2; kind++) {
            while (true) {
                int batch = applyBatch(new BusinessCalendar(zone), kind == 0);
                if (batch < 0) {
                    return rebuild();
                }
                if (batch == 0) {
                    break;
                }
                applied[kind] += batch;
                batches++;
            }
        }
        return AggregationReport.incremental(applied[0], applied[1], batches);
    }

    /** Rebuilds every rollup from the facts (and the satisfaction rollups from the surveys), in the shop's current zone. */
    public AggregationReport rebuild() {
        lock.createRows();
        final ZoneId zone = timeZone.current();
        long facts = rebuild.run(new BusinessCalendar(zone), new RollupRebuild.InTransaction() {
            @Override
            public void begin() {
                lock.lock(LOCK);
            }

            @Override
            public void end() {
                surveys.rebuild(new BusinessCalendar(zone));
                settings.put(BUILT_IN_ZONE, zone.getId());
                dataVersion.bump();
            }
        });
        LOG.info("Loyalty: rollups rebuilt from " + facts + " facts in time zone " + zone);
        return AggregationReport.rebuilt(facts);
    }

    /**
     * Applies the oldest pending fact changes (or survey changes); the number applied, or -1 when a time-zone change
     * needs a rebuild.
     */
    private int applyBatch(final BusinessCalendar calendar, final boolean facts) {
        return newTransaction.execute(new TransactionCallback<Integer>() {
            @Override
            public Integer doInTransaction(TransactionStatus status) {
                lock.lock(LOCK);
                if (!calendar.zone().getId().equals(settings.get(BUILT_IN_ZONE))) {
                    return -1; // another node rebuilt in another zone meanwhile
                }
                if (!facts) {
                    int applied = surveys.applyBatch(calendar);
                    if (applied > 0) {
                        dataVersion.bump();
                    }
                    return applied;
                }
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
                dataVersion.bump();
                return batch.size();
            }
        });
    }

    private void apply(List<FactChange> batch, BusinessCalendar calendar) {
        Map<RollupKey, Measures> deltas = new HashMap<RollupKey, Measures>();
        Map<CustomerPeriodKey, OrderCounts> countDeltas = new HashMap<CustomerPeriodKey, OrderCounts>();
        for (FactChange change : batch) {
            LocalDate day = calendar.dayOf(change.submittedAt());
            Segment segment = Segment.of(change.member());
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
