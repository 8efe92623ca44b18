package com.loyaltykpi.it.reliability;

import com.loyaltykpi.it.TestDatabase;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two shop nodes, each a process with a real Broadleaf context and the module, on one PostgreSQL database: both
 * take checkouts (members, non-members, guests, cancellations, members joining and leaving) while both run the
 * scheduled aggregation and reconciliation every few seconds and a backfill is re-run on each. Afterwards every
 * platform order has exactly one fact with its status and its member flag at submission, the incrementally
 * maintained rollups equal a rebuild from the facts, and no lock was held by two holders at once.
 * Orders per node: -Dloyalty.reliability.orders (CI 300, the reliability profile 2,500).
 */
class TwoNodesPostgresqlIT {

    private static final int ORDERS = Integer.getInteger("loyalty.reliability.orders", 300);
    private static final int WARM_UP = 4;

    @Test
    void twoNodesCountEveryOrderOnceWhileBothRunTheJobs() throws Exception {
        try (SharedDatabase shared = new SharedDatabase(TestDatabase.POSTGRESQL)) {
            String[] jobsEverySecond = {"loyalty.kpi.aggregationInitialDelayMillis=1000",
                    "loyalty.kpi.aggregationIntervalMillis=1000", "loyalty.reconcile.initialDelayMillis=3000",
                    "loyalty.reconcile.intervalMillis=3000", "loyalty.reconcile.chunkSize=100"};
            NodeProcess a = shared.start("a", jobsEverySecond); // the first node creates the schema
            // a shop that has taken orders: Broadleaf 3.1 creates each entity's id row (SEQUENCE_GENERATOR) on its
            // first use, and two nodes doing that at once collide (docs/RELIABILITY.md, Broadleaf's weaknesses)
            String warmUp = a.run("shop " + WARM_UP + " 1 0", 600);
            NodeProcess b = shared.start("b", jobsEverySecond);
            long started = System.nanoTime();

            CompletableFuture<String> shopA = a.send("shop " + ORDERS + " 4 1");
            CompletableFuture<String> shopB = b.send("shop " + ORDERS + " 4 2");
            awaitOrders(shared.checks, ORDERS / 2);
            String backfillDuringLoad = b.run("backfill", 900);
            String placedA = shopA.get(30, TimeUnit.MINUTES);
            String placedB = shopB.get(30, TimeUnit.MINUTES);
            double seconds = (System.nanoTime() - started) / 1e9;
            String backfillAfterLoad = a.run("backfill", 600);
            String finalReconcile = a.run("reconcile", 600);
            a.run("aggregate", 600);
            List<String> incremental = shared.checks.rollups();
            String rebuild = b.run("rebuild", 600);

            Map<String, String> orders = shared.checks.platformOrders();
            Map<String, String> facts = shared.checks.platformFacts();
            System.out.printf("[reliability] two nodes: %s / %s in %.1f s (%.1f orders/s); backfill during load: %s;"
                    + " after: %s; final reconciliation: %s; platform orders %d (cancelled %d), facts %d; %s;"
                    + " lock holds by node %s%n", placedA, placedB, seconds, orders.size() / seconds,
                    backfillDuringLoad, backfillAfterLoad, finalReconcile, orders.size(),
                    orders.values().stream().filter("CANCELLED"::equals).count(), facts.size(), rebuild,
                    ClusterChecks.holdsByNode(shared.journal("a"), shared.journal("b")));

            assertThat(backfillDuringLoad).doesNotContain("total=0 ");
            assertThat(placedA).endsWith("failed=0");
            assertThat(placedB).endsWith("failed=0");
            assertThat(warmUp).endsWith("failed=0");
            assertThat(orders).hasSize(WARM_UP + 2 * ORDERS);
            assertThat(facts).as("one fact per platform order, with its status").isEqualTo(orders);
            assertThat(shared.checks.memberFlagsAgainstHistory()).as("member flags at submission").isEmpty();
            assertThat(finalReconcile).as("nothing left for reconciliation").startsWith("recorded=0 ");
            assertThat(shared.checks.rollups()).as("rollups kept incrementally equal a rebuild").isEqualTo(incremental);
            assertThat(ClusterChecks.overlappingHolds(shared.journal("a"), shared.journal("b")))
                    .as("no lock held by two holders at once").isEmpty();
            assertThat(ClusterChecks.holdsByNode(shared.journal("a"), shared.journal("b")).get("rollup"))
                    .as("both nodes aggregated").containsKeys("a", "b");
        }
    }

    /** Waits (bounded) until the nodes have submitted this many orders: the backfill then runs under load. */
    private static void awaitOrders(ClusterChecks checks, int orders) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (checks.count("SELECT COUNT(*) FROM BLC_ORDER WHERE ORDER_STATUS IN ('SUBMITTED', 'CANCELLED')") < orders) {
            assertThat(System.nanoTime()).as("orders submitted within 10 minutes").isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
