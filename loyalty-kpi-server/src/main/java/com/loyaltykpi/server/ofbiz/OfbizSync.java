package com.loyaltykpi.server.ofbiz;

import com.loyaltykpi.core.capture.FactSync;
import com.loyaltykpi.core.capture.OrderFact;
import com.loyaltykpi.core.capture.OrderFigures;
import com.loyaltykpi.core.capture.PlatformOrder;
import com.loyaltykpi.core.imports.ImportReport;
import com.loyaltykpi.core.imports.MembershipsImport;
import com.loyaltykpi.core.settings.ClusterLock;
import com.loyaltykpi.core.settings.SettingsStore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One run of the OFBiz connector: the sales orders stored in OFBiz since the saved cursor, page by page, each page
 * written as facts in one transaction, then the cursor saved. A run killed halfway resumes from the last saved
 * page; pages read twice change nothing. Each run reads again the last {@code overlap} before the cursor (a
 * transaction that began earlier may commit after a later one) and the orders whose items or adjustments changed
 * since. One instance runs it at a time (the lock "ofbiz").
 */
public class OfbizSync implements AutoCloseable {

    /** The lock one run holds, so that instances on one database never run it at once. */
    public static final String LOCK = "ofbiz";
    static final String CURSOR = "loyalty.ofbiz.cursor";
    static final String MEMBERS_CURSOR = "loyalty.ofbiz.members-cursor";
    private static final Logger LOG = LoggerFactory.getLogger(OfbizSync.class);

    private final OfbizOrders orders;
    private final OfbizMembers members;
    private final MembershipsImport memberships;
    private final FactSync sync;
    private final ClusterLock lock;
    private final SettingsStore settings;
    private final Clock clock;
    private final int pageSize;
    private final Duration overlap;
    /** Reads OFBiz's next page while a page is written (one thread: reads stay in order). */
    private final ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ofbiz-reader");
        thread.setDaemon(true);
        return thread;
    });

    OfbizSync(OfbizOrders orders, OfbizMembers members, MembershipsImport memberships,
              FactSync sync, ClusterLock lock, SettingsStore settings, Clock clock, int pageSize, Duration overlap) {
        this.orders = orders;
        this.members = members;
        this.memberships = memberships;
        this.sync = sync;
        this.lock = lock;
        this.settings = settings;
        this.clock = clock;
        this.pageSize = pageSize;
        this.overlap = overlap;
    }

    /** What a run did; skipped orders by reason (an order without items, an unknown currency). */
    public record Report(String members, long read, long inserted, long updated, long unchanged,
                         Map<String, Long> skipped) {
        @Override
        public String toString() {
            return "OFBiz: " + (members.isEmpty() ? "" : members + "; ") + read + " orders read, " + inserted + " new, "
                    + updated + " changed, " + unchanged + " unchanged" + (skipped.isEmpty() ? "" : ", skipped " + skipped);
        }
    }

    public Report run() {
        lock.createRows();
        try (ClusterLock.Held held = lock.hold(LOCK)) {
            String memberReport = members.configured() ? syncMembers() : "";
            OfbizOrders.Cursor saved = OfbizOrders.Cursor.parse(settings.get(CURSOR));
            boolean first = saved.equals(OfbizOrders.Cursor.START);
            Instant since = first ? Instant.EPOCH : saved.stamp().minus(overlap);
            Totals totals = new Totals();
            OfbizOrders.Cursor position = new OfbizOrders.Cursor(since, "");
            List<OfbizOrders.Cursor> page = orders.headersAfter(position, pageSize);
            CompletableFuture<List<PlatformOrder>> loaded = loadAsync(page);
            while (!page.isEmpty()) {
                // OFBiz's next page is read while this one is written
                List<OfbizOrders.Cursor> nextPage = orders.headersAfter(page.get(page.size() - 1), pageSize);
                CompletableFuture<List<PlatformOrder>> nextLoaded = loadAsync(nextPage);
                held.verify();
                write(page.size(), join(loaded), totals);
                position = page.get(page.size() - 1);
                if (position.isAfter(saved)) {
                    settings.put(CURSOR, position.text());
                    saved = position;
                }
                page = nextPage;
                loaded = nextLoaded;
            }
            if (!first) {
                List<String> changedLines = new ArrayList<>(orders.linesChangedAfter(since));
                for (int i = 0; i < changedLines.size(); i += pageSize) {
                    held.verify();
                    List<String> ids = changedLines.subList(i, Math.min(changedLines.size(), i + pageSize));
                    write(ids.size(), orders.load(ids), totals);
                }
            }
            Report report = totals.report(memberReport);
            LOG.info("Loyalty: {}", report);
            return report;
        }
    }

    /**
     * The members' periods stored since the last run (less the overlap), before the orders, so that new orders
     * are stamped with them; the connector's orders of those customers are re-stamped.
     */
    private String syncMembers() {
        String savedText = settings.get(MEMBERS_CURSOR);
        Instant saved = savedText == null ? Instant.EPOCH : Instant.ofEpochMilli(Long.parseLong(savedText));
        OfbizMembers.Changed changed = members.storedAfter(saved.equals(Instant.EPOCH) ? saved : saved.minus(overlap));
        if (changed.periods().isEmpty()) {
            return "";
        }
        ImportReport report = memberships.importPeriods(changed.periods(), List.of(OfbizProperties.ORIGIN));
        if (!report.applied()) {
            throw new IllegalStateException("OFBiz's members were not imported: " + report.refusal());
        }
        if (changed.latest().isAfter(saved)) {
            settings.put(MEMBERS_CURSOR, Long.toString(changed.latest().toEpochMilli()));
        }
        return "members: " + report.imported() + " periods new, " + report.updated() + " changed, "
                + report.rejectedCount() + " left out, " + report.restamped() + " orders re-stamped";
    }

    /** Stops the reading thread. */
    @Override
    public void close() {
        reader.shutdownNow();
    }

    private CompletableFuture<List<PlatformOrder>> loadAsync(List<OfbizOrders.Cursor> page) {
        List<String> ids = page.stream().map(OfbizOrders.Cursor::orderId).toList();
        return ids.isEmpty() ? CompletableFuture.completedFuture(List.of())
                : CompletableFuture.supplyAsync(() -> orders.load(ids), reader);
    }

    private static List<PlatformOrder> join(CompletableFuture<List<PlatformOrder>> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void write(int ids, List<PlatformOrder> loaded, Totals totals) {
        Instant now = clock.instant();
        List<OrderFact> facts = new ArrayList<>();
        for (PlatformOrder order : loaded) {
            OrderFigures.Judgement judgement = OrderFigures.judge(order);
            if (judgement.recordable()) {
                facts.add(judgement.factFor(OfbizProperties.ORIGIN, order, null, now));
            } else {
                totals.skipped.merge(judgement.skipReason().replaceAll("'.*'", "'...'"), 1L, Long::sum);
            }
        }
        totals.read += ids;
        if (!facts.isEmpty()) {
            FactSync.Counts counts = sync.write(OfbizProperties.ORIGIN, facts);
            totals.inserted += counts.inserted;
            totals.updated += counts.updated;
            totals.unchanged += counts.unchanged;
        }
    }

    private static final class Totals {
        long read;
        long inserted;
        long updated;
        long unchanged;
        final Map<String, Long> skipped = new TreeMap<>();

        Report report(String members) {
            return new Report(members, read, inserted, updated, unchanged, skipped);
        }
    }
}
