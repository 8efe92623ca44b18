package com.loyaltykpi.core.capture;

import com.loyaltykpi.core.membership.MembershipHistory;
import com.loyaltykpi.core.membership.MembershipStore;
import com.loyaltykpi.core.settings.ClusterLock;
import com.loyaltykpi.core.settings.DataVersion;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps the facts of orders that arrive whole from outside the platform (a CSV import, an ingestion API, a
 * connector) equal to what the source says, idempotent by origin and order id: a new order is inserted, a changed
 * one replaced (its old figures counted out of their periods, the new ones in), an unchanged one left alone. Member
 * flags come from the membership history at each order's instant. All writers from outside take the same lock, so a
 * membership change and the orders it re-stamps never interleave.
 */
public class FactSync {

    /** The lock every write from outside takes (imports, ingestion, connectors). */
    public static final String LOCK = "import";

    private static final Log LOG = LogFactory.getLog(FactSync.class);
    /** Facts inserted before the first refresh of the statistics. */
    private static final long FIRST_ANALYZE = 1000;

    private final OrderFactStore facts;
    private final MembershipStore memberships;
    private final FactWriter writer;
    private final ClusterLock lock;
    private final DataVersion dataVersion;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final AtomicLong insertedHere = new AtomicLong();
    private final AtomicLong analyzeAt = new AtomicLong(FIRST_ANALYZE);

    public FactSync(OrderFactStore facts, MembershipStore memberships, FactWriter writer, ClusterLock lock,
                    DataVersion dataVersion, TransactionTemplate newTransaction, Clock clock) {
        this.facts = facts;
        this.memberships = memberships;
        this.writer = writer;
        this.lock = lock;
        this.dataVersion = dataVersion;
        this.newTransaction = newTransaction;
        this.clock = clock;
    }

    /** What one write did. */
    public static final class Counts {
        public final long inserted;
        public final long updated;
        public final long unchanged;

        public Counts(long inserted, long updated, long unchanged) {
            this.inserted = inserted;
            this.updated = updated;
            this.unchanged = unchanged;
        }

        public Counts plus(Counts o) {
            return new Counts(inserted + o.inserted, updated + o.updated, unchanged + o.unchanged);
        }

        public boolean changedAny() {
            return inserted + updated > 0;
        }
    }

    /**
     * Writes these facts of one origin (each order id once; member flags are set here) in a transaction of its own,
     * with their rollup changes.
     */
    public Counts write(final String origin, final List<OrderFact> batch) {
        for (OrderFact fact : batch) {
            if (!origin.equals(fact.origin())) {
                throw new IllegalArgumentException(fact + " is not of origin " + origin);
            }
        }
        Counts counts = newTransaction.execute(new TransactionCallback<Counts>() {
            @Override
            public Counts doInTransaction(TransactionStatus status) {
                lock.lock(LOCK);
                return writeLocked(origin, batch);
            }
        });
        analyzeAsItGrows(counts.inserted);
        return counts;
    }

    /**
     * Refreshes the database's statistics each time this process has doubled what it inserted: a table filled from
     * empty (a first import, a first sync) would otherwise be planned as the few rows it had, and each chunk's lookup
     * of its order ids would read every fact of the origin (on PostgreSQL, whose statistics a bulk load outruns).
     */
    private void analyzeAsItGrows(long inserted) {
        long total = insertedHere.addAndGet(inserted);
        long due = analyzeAt.get();
        if (total >= due && analyzeAt.compareAndSet(due, total * 2)) {
            analyze();
        }
    }

    /** Fresh statistics of the facts; a write is not undone when the database refuses them. */
    public void analyze() {
        try {
            facts.analyze();
        } catch (DataAccessException e) {
            LOG.warn("Loyalty: the database's statistics of the order facts could not be refreshed ("
                    + e.getMessage() + "); queries may be slow until the database analyses LK_ORDER_FACT");
        }
    }

    private Counts writeLocked(String origin, List<OrderFact> batch) {
        Instant now = clock.instant();
        List<String> ids = new ArrayList<String>();
        Set<String> customers = new HashSet<String>();
        for (OrderFact fact : batch) {
            ids.add(fact.orderId());
            if (fact.customerId() != null) {
                customers.add(fact.customerId());
            }
        }
        Map<String, OrderFact> existing = facts.findAll(origin, ids);
        Map<String, MembershipHistory> histories = memberships.historiesOf(customers);
        List<OrderFact> inserts = new ArrayList<OrderFact>();
        List<OrderFact> updates = new ArrayList<OrderFact>();
        for (OrderFact fact : batch) {
            OrderFact stamped = fact.withMember(memberAt(histories.get(fact.customerId()), fact));
            OrderFact before = existing.get(fact.orderId());
            if (before == null) {
                inserts.add(stamped);
            } else if (!before.sameAs(stamped)) {
                updates.add(stamped);
            }
        }
        writer.insert(inserts, now);
        writer.replace(origin, updates, now);
        Counts counts = new Counts(inserts.size(), updates.size(), batch.size() - inserts.size() - updates.size());
        if (counts.changedAny()) {
            dataVersion.bump();
        }
        return counts;
    }

    /**
     * Re-stamps the member flags of this origin's facts of these customers after their membership history changed;
     * in the caller's transaction, which holds {@link #LOCK}. Returns how many facts changed.
     */
    public long restamp(String origin, Collection<String> customers) {
        Map<String, MembershipHistory> histories = memberships.historiesOf(customers);
        List<OrderFact> changed = new ArrayList<OrderFact>();
        for (OrderFact fact : facts.ofCustomers(origin, customers)) {
            boolean member = memberAt(histories.get(fact.customerId()), fact);
            if (member != fact.member()) {
                changed.add(fact.withMember(member));
            }
        }
        writer.replace(origin, changed, clock.instant());
        return changed.size();
    }

    private static boolean memberAt(MembershipHistory history, OrderFact fact) {
        return history != null && history.memberAt(fact.submittedAt());
    }
}
