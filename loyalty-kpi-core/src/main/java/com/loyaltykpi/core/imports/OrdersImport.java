package com.loyaltykpi.core.imports;

import com.loyaltykpi.core.capture.FactStatus;
import com.loyaltykpi.core.capture.FactSync;
import com.loyaltykpi.core.capture.OrderFact;
import com.loyaltykpi.core.money.Money;
import com.loyaltykpi.core.settings.ClusterLock;


import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private final FactSync sync;
    private final ClusterLock lock;
    private final Clock clock;
    private final int chunkSize;

    public OrdersImport(FactSync sync, ClusterLock lock, Clock clock, int chunkSize) {
        this.sync = sync;
        this.lock = lock;
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
            return checkAndWrite(copy, skipBadRows, ImportProgress.NONE);
        } catch (CsvFile.Unreadable e) {
            return ImportReport.refused(FILE, 0, new Rejections(), e.getMessage());
        } finally {
            CsvFile.delete(copy);
        }
    }

    /** Imports a file on disk as {@link #importOrders(InputStream, boolean)} does, telling {@code progress} how far it is. */
    public ImportReport importOrders(Path file, boolean skipBadRows, ImportProgress progress) {
        try {
            return checkAndWrite(file, skipBadRows, progress);
        } catch (CsvFile.Unreadable e) {
            return ImportReport.refused(FILE, 0, new Rejections(), e.getMessage());
        }
    }

    private ImportReport checkAndWrite(Path file, boolean skipBadRows, final ImportProgress progress)
            throws CsvFile.Unreadable {
        final Instant now = clock.instant();
        final Map<String, Long> firstLine = new HashMap<String, Long>();
        final Rejections rejected = new Rejections();
        final long[] checked = {0};
        final long rows = CsvFile.each(file, HEADER, new CsvFile.RowHandler() {
            @Override
            public void row(CsvFile.Row row) {
                if (++checked[0] % chunkSize == 0) {
                    progress.checked(checked[0]);
                }
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
        progress.checked(rows);
        if (!rejected.isEmpty() && !skipBadRows) {
            return ImportReport.refused(FILE, rows, rejected, rejected.count() + " rows are not valid");
        }
        lock.createRows();
        final long[] done = {0};
        final FactSync.Counts[] counts = {new FactSync.Counts(0, 0, 0)};
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
                    counts[0] = counts[0].plus(sync.write(ORIGIN, chunk));
                    chunk.clear();
                }
                progress.written(++done[0], rows);
            }
        });
        if (!chunk.isEmpty()) {
            counts[0] = counts[0].plus(sync.write(ORIGIN, chunk));
        }
        progress.written(rows, rows);
        if (counts[0].changedAny()) {
            sync.analyze();
        }
        return new ImportReport(FILE, rows, counts[0].inserted, counts[0].updated, counts[0].unchanged, 0, rejected, null);
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
                costKnown ? revenue : Money.zero(currency), null, false, status, status == FactStatus.CANCELLED ? now : null);
    }
}
