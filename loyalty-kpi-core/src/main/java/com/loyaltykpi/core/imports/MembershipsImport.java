package com.loyaltykpi.core.imports;

import com.loyaltykpi.core.capture.FactSync;
import com.loyaltykpi.core.membership.ErasedCustomers;
import com.loyaltykpi.core.membership.MembershipHistory;
import com.loyaltykpi.core.membership.MembershipPeriod;
import com.loyaltykpi.core.membership.MembershipSources;
import com.loyaltykpi.core.membership.MembershipSource;
import com.loyaltykpi.core.membership.MembershipStore;
import com.loyaltykpi.core.settings.ClusterLock;
import com.loyaltykpi.core.settings.DataVersion;
import com.loyaltykpi.core.support.DuplicateKeys;

import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Imports membership history: {@code memberships.csv} with the header {@code customer_id,enrolled_at,left_at,source}
 * (empty left_at while still a member; empty source means IMPORT). Periods of one customer must not overlap, in
 * the file or with what is stored; the whole file is checked before anything is written. Idempotent by (customer,
 * enrolment instant). Orders imported earlier for these customers get their member flags re-stamped.
 */
public class MembershipsImport {

    public static final String FILE = "memberships.csv";
    static final List<String> HEADER = CsvFile.header("customer_id", "enrolled_at", "left_at", "source");

    private final MembershipStore store;
    private final FactSync sync;
    private final MembershipSources sources;
    private final ClusterLock lock;
    private final DataVersion dataVersion;
    private final TransactionTemplate newTransaction;
    private final ErasedCustomers erased;

    public MembershipsImport(MembershipStore store, FactSync sync, MembershipSources sources, ClusterLock lock,
                             DataVersion dataVersion, TransactionTemplate newTransaction, ErasedCustomers erased) {
        this.store = store;
        this.sync = sync;
        this.sources = sources;
        this.lock = lock;
        this.dataVersion = dataVersion;
        this.newTransaction = newTransaction;
        this.erased = erased;
    }

    public ImportReport importMemberships(InputStream csv, final boolean skipBadRows) {
        if (!sources.current().allows(MembershipSource.IMPORT)) {
            return ImportReport.refused(FILE, 0, new ArrayList<RejectedRow>(),
                    "the IMPORT membership source is switched off (setting loyalty.membership.sources)");
        }
        final List<CsvFile.Row> rows;
        try {
            rows = CsvFile.read(csv, HEADER);
        } catch (CsvFile.Unreadable e) {
            return ImportReport.refused(FILE, 0, new ArrayList<RejectedRow>(), e.getMessage());
        }
        List<RejectedRow> rejected = new ArrayList<RejectedRow>();
        return apply(parse(rows, rejected), rows.size(), rejected, skipBadRows,
                Collections.singletonList(OrdersImport.ORIGIN));
    }

    /**
     * Membership periods from another system (a connector reading a platform's customer groups), checked and
     * written as a file's lines are (a period that overlaps another is left out and reported, with its position in
     * the list as its line); idempotent by customer and enrolment instant. The member flags of these origins' orders
     * of these customers are re-stamped.
     */
    public ImportReport importPeriods(List<MembershipPeriod> periods, Collection<String> restampOrigins) {
        if (!sources.current().allows(MembershipSource.IMPORT)) {
            return ImportReport.refused(FILE, 0, new ArrayList<RejectedRow>(),
                    "the IMPORT membership source is switched off (setting loyalty.membership.sources)");
        }
        Map<String, List<Line>> byCustomer = new HashMap<String, List<Line>>();
        for (int i = 0; i < periods.size(); i++) {
            MembershipPeriod period = periods.get(i);
            List<Line> lines = byCustomer.get(period.customerId());
            if (lines == null) {
                lines = new ArrayList<Line>();
                byCustomer.put(period.customerId(), lines);
            }
            lines.add(new Line(i + 1, period));
        }
        List<RejectedRow> rejected = new ArrayList<RejectedRow>();
        withoutOverlaps(byCustomer, rejected);
        return apply(byCustomer, periods.size(), rejected, true, restampOrigins);
    }

    /** Writes the valid periods (all or none unless bad ones may be skipped) and re-stamps these origins' facts. */
    private ImportReport apply(final Map<String, List<Line>> byCustomer, final long rows,
                               final List<RejectedRow> rejected, final boolean skipBadRows,
                               final Collection<String> restampOrigins) {
        for (String customer : erased.erasedAmong(byCustomer.keySet())) {
            for (Line line : byCustomer.remove(customer)) {
                rejected.add(new RejectedRow(line.line, "customer " + customer + " was erased on request: never enrolled again"));
            }
        }
        lock.createRows();
        TransactionCallback<ImportReport> write = new TransactionCallback<ImportReport>() {
            @Override
            public ImportReport doInTransaction(TransactionStatus status) {
                lock.lock(FactSync.LOCK);
                Map<String, MembershipHistory> stored = store.historiesOf(byCustomer.keySet());
                List<Line> accepted = checkAgainst(stored, byCustomer, rejected);
                if (!rejected.isEmpty() && !skipBadRows) {
                    status.setRollbackOnly();
                    return ImportReport.refused(FILE, rows, sorted(rejected), rejected.size() + " rows are not valid");
                }
                long[] counts = write(accepted, stored);
                long restamped = 0;
                for (String origin : restampOrigins) {
                    restamped += sync.restamp(origin, byCustomer.keySet());
                }
                if (counts[0] + counts[1] + restamped > 0) {
                    dataVersion.bumpMembership();
                }
                return new ImportReport(FILE, rows, counts[0], counts[1], counts[2], restamped, sorted(rejected), null);
            }
        };
        try {
            return newTransaction.execute(write);
        } catch (RuntimeException e) {
            if (!DuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
            return ImportReport.refused(FILE, rows, new ArrayList<RejectedRow>(), "a customer of the file "
                    + "joined or left meanwhile, so nothing was imported; import the file again");
        }
    }

    /** A valid line: one period. */
    private static final class Line {
        final long line;
        final MembershipPeriod period;

        Line(long line, MembershipPeriod period) {
            this.line = line;
            this.period = period;
        }
    }

    /** Valid lines by customer, each customer's periods in order and not overlapping; the rest into rejected. */
    private static Map<String, List<Line>> parse(List<CsvFile.Row> rows, List<RejectedRow> rejected) {
        Map<String, List<Line>> byCustomer = new HashMap<String, List<Line>>();
        for (CsvFile.Row row : rows) {
            try {
                String fieldCount = row.fieldCountProblem(HEADER.size());
                if (fieldCount != null) {
                    throw new IllegalArgumentException("the line " + fieldCount);
                }
                String customer = Fields.id(row.get(0), "customer_id", true);
                Instant enrolled = Fields.instant(row.get(1), "enrolled_at");
                Instant left = row.get(2).isEmpty() ? null : Fields.instant(row.get(2), "left_at");
                if (left != null && left.isBefore(enrolled)) {
                    throw new IllegalArgumentException("left_at is before enrolled_at");
                }
                MembershipSource source = source(row.get(3));
                List<Line> lines = byCustomer.get(customer);
                if (lines == null) {
                    lines = new ArrayList<Line>();
                    byCustomer.put(customer, lines);
                }
                lines.add(new Line(row.line, new MembershipPeriod(customer, enrolled, left, source,
                        left == null ? null : MembershipSource.IMPORT)));
            } catch (IllegalArgumentException e) {
                rejected.add(new RejectedRow(row.line, e.getMessage()));
            }
        }
        withoutOverlaps(byCustomer, rejected);
        return byCustomer;
    }

    /** Sorts each customer's periods and leaves out, as rejected, a period that overlaps the one before it. */
    private static void withoutOverlaps(Map<String, List<Line>> byCustomer, List<RejectedRow> rejected) {
        for (List<Line> lines : byCustomer.values()) {
            Collections.sort(lines, new Comparator<Line>() {
                @Override
                public int compare(Line a, Line b) {
                    return a.period.enrolledAt().compareTo(b.period.enrolledAt());
                }
            });
            for (int i = lines.size() - 1; i > 0; i--) {
                MembershipPeriod earlier = lines.get(i - 1).period;
                Line later = lines.get(i);
                if (earlier.overlaps(later.period)) {
                    rejected.add(new RejectedRow(later.line, "overlaps the period of line " + lines.get(i - 1).line));
                    lines.remove(i);
                }
            }
        }
    }

    private static MembershipSource source(String value) {
        if (value.isEmpty()) {
            return MembershipSource.IMPORT;
        }
        try {
            return MembershipSource.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("source '" + Fields.shorten(value) + "' is not one of "
                    + Arrays.toString(MembershipSource.values()));
        }
    }

    /** Lines that fit with the stored history: the same period (perhaps with a new end), or one that overlaps none. */
    private static List<Line> checkAgainst(Map<String, MembershipHistory> stored, Map<String, List<Line>> byCustomer,
                                           List<RejectedRow> rejected) {
        List<Line> accepted = new ArrayList<Line>();
        for (Map.Entry<String, List<Line>> customer : byCustomer.entrySet()) {
            MembershipHistory history = stored.get(customer.getKey());
            for (Line line : customer.getValue()) {
                MembershipPeriod clash = history == null ? null : history.clashWith(line.period);
                if (clash == null) {
                    accepted.add(line);
                } else {
                    rejected.add(new RejectedRow(line.line, "overlaps the stored period that began " + clash.enrolledAt()));
                }
            }
        }
        return accepted;
    }

    /** Returns {imported, updated, unchanged}. */
    private long[] write(List<Line> accepted, Map<String, MembershipHistory> stored) {
        List<MembershipPeriod> inserts = new ArrayList<MembershipPeriod>();
        long updated = 0;
        for (Line line : accepted) {
            MembershipPeriod period = line.period;
            MembershipHistory history = stored.get(period.customerId());
            MembershipPeriod same = history == null ? null : history.sameStart(period);
            if (same == null) {
                inserts.add(period);
            } else if (same.leftAt() == null ? period.leftAt() != null : !same.leftAt().equals(period.leftAt())) {
                store.updateLeftAt(period.customerId(), period.enrolledAt(), period.leftAt(), MembershipSource.IMPORT);
                updated++;
            }
        }
        store.insertAll(inserts);
        return new long[] {inserts.size(), updated, accepted.size() - inserts.size() - updated};
    }

    private static List<RejectedRow> sorted(List<RejectedRow> rejected) {
        List<RejectedRow> sorted = new ArrayList<RejectedRow>(rejected);
        Collections.sort(sorted, new Comparator<RejectedRow>() {
            @Override
            public int compare(RejectedRow a, RejectedRow b) {
                return Long.compare(a.line(), b.line());
            }
        });
        return sorted;
    }
}
