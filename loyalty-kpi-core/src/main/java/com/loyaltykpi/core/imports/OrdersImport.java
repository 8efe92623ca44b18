package com.loyaltykpi.core.imports;

import com.loyaltykpi.core.capture.FactStatus;
import com.loyaltykpi.core.capture.FactWriter;
import com.loyaltykpi.core.capture.OrderFact;
import com.loyaltykpi.core.capture.OrderFactStore;
import com.loyaltykpi.core.membership.MembershipHistory;
import com.loyaltykpi.core.membership.MembershipStore;
import com.loyaltykpi.core.money.Money;
import com.loyaltykpi.core.settings.ClusterLock;
import com.loyaltykpi.core.settings.DataVersion;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.InputStream;
import java.nio.file.Path;
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

    private static final Log LOG = LogFactory.getLog(OrdersImport.class);

    public static final String ORIGIN = "import";
    public static final String FILE = "orders.csv";
    static final List<String> HEADER = CsvFile.header("order_id", "customer_id", "submitted_at", "currency", "revenue",
            "cost", "status");

    private final OrderFactStore facts;
    private final MembershipStore memberships;
    private final FactWriter writer;
    private final ClusterLock lock;
    private final DataVersion dataVersion;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final int chunkSize;

    public OrdersImport(OrderFactStore facts, MembershipStore memberships, FactWriter writer, ClusterLock lock,
                        DataVersion dataVersion, TransactionTemplate newTransaction, Clock clock, int chunkSize) {
        this.facts = facts;
        this.memberships = memberships;
        this.writer = writer;
        this.lock = lock;
        this.dataVersion = dataVersion;
        this.newTransaction = newTransaction;
        this.clock = clock;
        this.chunkSize = chunkSize;
    }

    /**
     * Imports a file of any size: copied to a temporary file, checked whole in a first pass (nothing is written
     * when a row is bad, unless bad rows may be skipped), written chunk by chunk in a second. Memory holds one
     * chunk of rows, the first rejected rows, and each order id with its line (to find repeated ids).
     */
    public ImportReport importOrders(InputStream csv, boolean skipBadRows) {
        Path copy = null;
        try {
            copy = CsvFile.copy(csv);
            return importOrders(copy, skipBadRows);
        } catch (CsvFile.Unreadable e) {
            return ImportReport.refused(FILE, 0, new Rejections(), e.getMessage());
        } finally {
            CsvFile.delete(copy);
        }
    }

    private ImportReport importOrders(Path file, boolean skipBadRows) throws CsvFile.Unreadable {
        final Instant now = clock.instant();
        final Map<String, Long> firstLine = new HashMap<String, Long>();
        final Rejections rejected = new Rejections();
        long rows = CsvFile.each(file, HEADER, new CsvFile.RowHandler() {
            @Override
            public void row(CsvFile.Row row) {
                try {
                    OrderFact fact = parse(row, now);
                    Long seen = firstLine.putIfAbsent(fact.orderId(), row.line);
                    if (seen != null) {
                        throw new IllegalArgumentException("order_id " + fact.orderId() + " appears again (first on line "
                                + seen + ")");
                    }
                } catch (IllegalArgumentException e) {
                    rejected.add(new RejectedRow(row.line, e.getMessage()));
                }
            }
        });
        if (!rejected.isEmpty() && !skipBadRows) {
            return ImportReport.refused(FILE, rows, rejected, rejected.count() + " rows are not valid");
        }
        lock.createRows();
        final long[] counts = new long[3];
        final List<OrderFact> chunk = new ArrayList<OrderFact>(chunkSize);
        CsvFile.each(file, HEADER, new CsvFile.RowHandler() {
            @Override
            public void row(CsvFile.Row row) {
                OrderFact fact;
                try {
                    fact = parse(row, now);
                } catch (IllegalArgumentException e) {
                    return; // rejected in the first pass
                }
                if (firstLine.get(fact.orderId()) != row.line) {
                    return; // a repeated order id, rejected in the first pass
                }
                chunk.add(fact);
                if (chunk.size() == chunkSize) {
                    add(counts, write(chunk));
                    chunk.clear();
                }
            }
        });
        if (!chunk.isEmpty()) {
            add(counts, write(chunk));
        }
        if (counts[0] + counts[1] > 0) {
            analyze();
        }
        return new ImportReport(FILE, rows, counts[0], counts[1], counts[2], 0, rejected, null);
    }

    /** Fresh statistics for what the import filled; an import is not undone when the database refuses them. */
    private void analyze() {
        try {
            facts.analyze();
        } catch (DataAccessException e) {
            LOG.warn("Loyalty: the database's statistics of the order facts could not be refreshed after an import ("
                    + e.getMessage() + "); queries may be slow until the database analyses LK_ORDER_FACT");
        }
    }

    private static void add(long[] counts, long[] chunk) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += chunk[i];
        }
    }

    /** A row as a fact (member flag still unset), or why it is not valid. */
    private static OrderFact parse(CsvFile.Row row, Instant now) {
        String fieldCount = row.fieldCountProblem(HEADER.size());
        if (fieldCount != null) {
            throw new IllegalArgumentException("the line " + fieldCount);
        }
        return fact(row, now);
    }

    private static OrderFact fact(CsvFile.Row row, Instant now) {
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
                writer.insert(inserts, now);
                writer.replace(ORIGIN, updates, now);
                if (!inserts.isEmpty() || !updates.isEmpty()) {
                    dataVersion.bump();
                }
                return new long[] {inserts.size(), updates.size(), chunk.size() - inserts.size() - updates.size()};
            }
        });
    }
}
