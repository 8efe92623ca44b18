package com.loyaltykpi.core.rollup;

import com.loyaltykpi.core.period.BusinessCalendar;
import com.loyaltykpi.core.settings.ClusterLock;
import com.loyaltykpi.core.settings.DataVersion;
import com.loyaltykpi.core.settings.SettingsStore;
import com.loyaltykpi.core.settings.ShopTimeZone;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps every kind of rollup in line with its sources: one loop over the appliers (the order rollups first, then
 * the satisfaction rollups). Incrementally: each applier's pending changes in batches, each batch in one
 * transaction that also deletes the changes it applied, under a lock shared by all nodes. A node killed mid-batch
 * leaves the batch unapplied and its changes pending, so the next run redoes it. Or from scratch
 * ({@link #rebuild()}), when the shop's time zone or the rollups' layout changed (an upgrade), or for repair: every
 * applier in one transaction with a consistent snapshot (REPEATABLE READ), so readers see the old rollups until it
 * commits.
 */
public class Aggregator {

    public static final String LOCK = "rollup";
    /**
     * How the stored rollups were built: the shop's time zone and the rollups' layout. Layout 2 counts the answers
     * behind the NPS apart (the recommendation may follow the satisfaction score); layout 3 adds the order mix
     * (LK_MIX_ROLLUP) and the wave invitations apart; an install built before rebuilds once.
     */
    static final String BUILT_AS = "rollup.builtAs";
    private static final int LAYOUT = 3;

    private static final Log LOG = LogFactory.getLog(Aggregator.class);
    private static final int ATTEMPTS = 5;

    private final List<ChangeApplier> appliers;
    private final ClusterLock lock;
    private final SettingsStore settings;
    private final ShopTimeZone timeZone;
    private final DataVersion dataVersion;
    private final TransactionTemplate newTransaction;
    private final TransactionTemplate snapshotTransaction;

    /**
     * @param appliers the order rollups first (their counts are the report's), then any other kind
     * @param snapshotTransaction REQUIRES_NEW with isolation REPEATABLE_READ, for rebuilds
     */
    public Aggregator(List<ChangeApplier> appliers, ClusterLock lock, SettingsStore settings, ShopTimeZone timeZone,
                      DataVersion dataVersion, TransactionTemplate newTransaction, TransactionTemplate snapshotTransaction) {
        this.appliers = new ArrayList<ChangeApplier>(appliers);
        this.lock = lock;
        this.settings = settings;
        this.timeZone = timeZone;
        this.dataVersion = dataVersion;
        this.newTransaction = newTransaction;
        this.snapshotTransaction = snapshotTransaction;
    }

    /** Applies every pending change; rebuilds instead when the rollups were built in another time zone (or never). */
    public AggregationReport aggregate() {
        lock.createRows();
        ZoneId zone = timeZone.current();
        if (!builtAs(zone).equals(settings.get(BUILT_AS))) {
            LOG.info("Loyalty: rollups are not built in time zone " + zone + " with layout " + LAYOUT
                    + " yet; rebuilding them");
            return rebuild();
        }
        long orderChanges = 0;
        long otherChanges = 0;
        int batches = 0;
        for (int i = 0; i < appliers.size(); i++) {
            while (true) {
                int batch = applyBatch(new BusinessCalendar(zone), appliers.get(i));
                if (batch < 0) {
                    return rebuild();
                }
                if (batch == 0) {
                    break;
                }
                if (i == 0) {
                    orderChanges += batch;
                } else {
                    otherChanges += batch;
                }
                batches++;
            }
        }
        return AggregationReport.incremental(orderChanges, otherChanges, batches);
    }

    /**
     * Rebuilds every rollup from its sources in the shop's current zone; retried on a serialization conflict. The
     * rollup lock is taken on a connection of its own before the snapshot begins: taken inside the snapshot, it failed
     * whenever another node's aggregation released it after the snapshot began (PostgreSQL's repeatable read), and a
     * node aggregating without pause could make every attempt fail.
     */
    public AggregationReport rebuild() {
        lock.createRows();
        final ZoneId zone = timeZone.current();
        try (ClusterLock.Held held = lock.hold(LOCK)) {
            return rebuildHolding(zone);
        }
    }

    private AggregationReport rebuildHolding(final ZoneId zone) {
        for (int attempt = 1; ; attempt++) {
            try {
                long facts = snapshotTransaction.execute(new TransactionCallback<Long>() {
                    @Override
                    public Long doInTransaction(TransactionStatus status) {
                        long orderFacts = 0;
                        for (int i = 0; i < appliers.size(); i++) {
                            long counted = appliers.get(i).rebuild(new BusinessCalendar(zone));
                            orderFacts = i == 0 ? counted : orderFacts;
                        }
                        settings.put(BUILT_AS, builtAs(zone));
                        dataVersion.bump();
                        return orderFacts;
                    }
                });
                LOG.info("Loyalty: rollups rebuilt from " + facts + " facts in time zone " + zone);
                return AggregationReport.rebuilt(facts);
            } catch (ConcurrencyFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                LOG.info("Loyalty: rollup rebuild met a concurrent change; starting it again");
            }
        }
    }

    /** Applies one applier's oldest pending changes; the number applied, or -1 when a time-zone change needs a rebuild. */
    private int applyBatch(final BusinessCalendar calendar, final ChangeApplier applier) {
        return newTransaction.execute(new TransactionCallback<Integer>() {
            @Override
            public Integer doInTransaction(TransactionStatus status) {
                lock.lock(LOCK);
                if (!builtAs(calendar.zone()).equals(settings.get(BUILT_AS))) {
                    return -1; // another node rebuilt in another zone meanwhile
                }
                int applied = applier.applyBatch(calendar);
                if (applied > 0) {
                    dataVersion.bump();
                }
                return applied;
            }
        });
    }

    private static String builtAs(ZoneId zone) {
        return zone.getId() + " layout " + LAYOUT;
    }
}
