package com.loyaltykpi.core.imports;

import com.loyaltykpi.core.capture.FactStatus;
import com.loyaltykpi.core.capture.OrderFact;
import com.loyaltykpi.core.capture.OrderFactStore;
import com.loyaltykpi.core.membership.MembershipHistory;
import com.loyaltykpi.core.membership.MembershipStore;
import com.loyaltykpi.core.money.Money;
import com.loyaltykpi.core.capture.FactChangeStore;
import com.loyaltykpi.core.settings.ClusterLock;
import com.loyaltykpi.core.settings.DataVersion;

import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports order history from outside the platform (a previous shop system, a till system's loyalty-card
 * receipts): {@code orders.csv} with the header {@code order_id,customer_id,submitted_at,currency,revenue,cost,status}.
 * Every row is checked before anything is written; a file with a bad row is refused whole, unless bad rows may
 * be skipped. Idempotent by order id: a row already imported as it is changes nothing, a changed row updates its
 * fact. Member flags come from the membership history at each order's instant. Writes go in chunks, each with
 * its rollup changes; a re-run after an interruption finishes the job.
 */
public class OrdersImport {

    public static final String ORIGIN = "import";
    public static final String FILE = "orders.csv";
    static final List<String> HEADER = CsvFile.header("order_id", "customer_id", "submitted_at", "currency", "revenue",
            "cost", "status");

    private final OrderFactStore facts;
    private final MembershipStore memberships;
    private final FactChangeStore changes;
    private final ClusterLock lock;
    private final DataVersion dataVersion;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final int chunkSize;

    public OrdersImport(OrderFactStore facts, MembershipStore memberships, FactChangeStore changes, ClusterLock lock,
                        DataVersion dataVersion, TransactionTemplate newTransaction, Clock clock, int chunkSize) {
        this.facts = facts;
        this.memberships = memberships;
        this.changes = changes;
        this.lock = lock;
        this.dataVersion = dataVersion;
        this.newTransaction = newTransaction;
        this.clock = clock;
        this.chunkSize = chunkSize;
    }

    public ImportReport importOrders(InputStream csv, boolean skipBadRows) {
        List<CsvFile.Row> rows;
        try {
            rows = CsvFile.read(csv, HEADER);
        } catch (CsvFile.Unreadable e) {
            return ImportReport.refused(FILE, 0, new ArrayList<RejectedRow>(), e.getMessage());
        }
        List<RejectedRow> rejected = new ArrayList<RejectedRow>();
        List<OrderFact> parsed = parse(rows, rejected);
        if (!rejected.isEmpty() && !skipBadRows) {
            return ImportReport.refused(FILE, rows.size(), rejected, rejected.size() + " rows are not valid");
        }
        lock.createRows();
        long[] counts = new long[3];
        for (int from = 0; from < parsed.size(); from += chunkSize) {
            long[] chunk = write(parsed.subList(from, Math.min(parsed.size(), from + chunkSize)));
            for (int i = 0; i < counts.length; i++) {
                counts[i] += chunk[i];
            }
        }
        return new ImportReport(FILE, rows.size(), counts[0], counts[1], counts[2], 0, rejected, null);
    }

    /** Valid rows as facts (member flags still unset); invalid ones into {@code rejected}. */
    private List<OrderFact> parse(List<CsvFile.Row> rows, List<RejectedRow> rejected) {
        List<OrderFact> parsed = new ArrayList<OrderFact>();
        Map<String, Long> firstLine = new HashMap<String, Long>();
        Instant now = clock.instant();
        for (CsvFile.Row row : rows) {
            try {
                String fieldCount = row.fieldCountProblem(HEADER.size());
                if (fieldCount != null) {
                    throw new IllegalArgumentException("the line " + fieldCount);
                }
                OrderFact fact = parse(row, now);
                Long seen = firstLine.put(fact.orderId(), row.line);
                if (seen != null) {
                    firstLine.put(fact.orderId(), seen);
                    throw new IllegalArgumentException("order_id " + fact.orderId() + " appears again (first on line " + seen + ")");
                }
                parsed.add(fact);
            } catch (IllegalArgumentException e) {
                rejected.add(new RejectedRow(row.line, e.getMessage()));
            }
        }
        return parsed;
    }

    private static OrderFact parse(CsvFile.Row row, Instant now) {
        String orderId = Fields.id(row.get(0), "order_id", true);
        String customerId = Fields.id(row.get(1), "customer_id", false);
        Instant submittedAt = Fields.instant(row.get(2), "submitted_at");
        Currency currency = Fields.currency(row.get(3));
        Money revenue = Money.of(Fields.amount(row.get(4), "revenue", currency), currency);
        boolean costKnown = !row.get(5).isEmpty();
        Money cost = costKnown ? Money.of(Fields.amount(row.get(5), "cost", currency), currency) : Money.zero(currency);
        FactStatus status;
        try {
            status = FactStatus.valueOf(row.get(6));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status '" + Fields.shorten(row.get(6)) + "' is not SUBMITTED or CANCELLED");
        }
        return new OrderFact(ORIGIN, orderId, orderId, customerId, submittedAt, revenue, cost,
                costKnown ? revenue : Money.zero(currency), false, status, status == FactStatus.CANCELLED ? now : null);
    }

    /** Writes one chunk; returns {imported, updated, unchanged}. */
    private long[] write(final List<OrderFact> chunk) {
        return newTransaction.execute(new TransactionCallback<long[]>() {
            @Override
            public long[] doInTransaction(TransactionStatus status) {
                lock.lock(ORIGIN);
                Instant now = clock.instant();
                List<String> ids = new ArrayList<String>();
                Set<String> customers = new HashSet<String>();
                for (OrderFact fact : chunk) {
                    ids.add(fact.orderId());
                    if (fact.customerId() != null) {
                        customers.add(fact.customerId());
                    }
                }
                Map<String, OrderFact> existing = facts.findAll(ORIGIN, ids);
                Map<String, MembershipHistory> histories = memberships.historiesOf(customers);
                List<OrderFact> inserts = new ArrayList<OrderFact>();
                List<OrderFact> updates = new ArrayList<OrderFact>();
                for (OrderFact fact : chunk) {
                    MembershipHistory history = histories.get(fact.customerId());
                    OrderFact stamped = fact.withMember(history != null && history.memberAt(fact.submittedAt()));
                    OrderFact before = existing.get(fact.orderId());
                    if (before == null) {
                        inserts.add(stamped);
                    } else if (!before.sameAs(stamped)) {
                        updates.add(stamped);
                    }
                }
                facts.insertAll(inserts, now);
                changes.countIn(inserts, now);
                changes.countOut(ORIGIN, idsOf(updates), now);
                facts.updateAll(updates, now);
                changes.countIn(updates, now);
                if (!inserts.isEmpty() || !updates.isEmpty()) {
                    dataVersion.bump();
                }
                return new long[] {inserts.size(), updates.size(), chunk.size() - inserts.size() - updates.size()};
            }
        });
    }

    static List<String> idsOf(List<OrderFact> facts) {
        List<String> ids = new ArrayList<String>();
        for (OrderFact fact : facts) {
            ids.add(fact.orderId());
        }
        return ids;
    }
}
