package com.loyaltykpi.it.reliability;

import com.loyaltykpi.core.imports.OrdersImport;
import com.loyaltykpi.core.reconcile.JobProgress;
import com.loyaltykpi.core.reconcile.Reconciler;
import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.core.survey.SurveyWaves;
import com.loyaltykpi.it.BroadleafShop;
import com.loyaltykpi.it.TestDatabase;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One shop node of the reliability tests, in a process of its own: a real Broadleaf 3.1 context with the module,
 * on a database other nodes share (-Dloyalty.node.db, .url, .name, .journal). It prints "ready", then runs the
 * commands it reads, one per line as "id command args", each on a thread of its own, and answers
 * "id ok result" or "id fail reason". Commands: shop orders threads seed, backfill, reconcile, aggregate,
 * rebuild, import file, wave, pause sqlFragment (+ for a space) n (see {@link PausingDataSource}), quit.
 */
public final class ShopNode {

    private final BroadleafShop shop;
    private final PrintStream out;

    private ShopNode(BroadleafShop shop, PrintStream out) {
        this.shop = shop;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, "UTF-8");
        TestDatabase database = TestDatabase.valueOf(System.getProperty("loyalty.node.db").toUpperCase());
        ShopNode node = new ShopNode(BroadleafShop.join(database, System.getProperty("loyalty.node.url"),
                "lk-node-applicationContext.xml"), out);
        out.println("ready");
        node.serve(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    }

    private void serve(BufferedReader commands) throws Exception {
        ExecutorService threads = Executors.newCachedThreadPool();
        String line;
        while ((line = commands.readLine()) != null) {
            final String[] words = line.trim().split(" ");
            if ("quit".equals(words[1])) {
                break;
            }
            threads.execute(() -> answer(words));
        }
        threads.shutdownNow();
        shop.context().close();
        System.exit(0);
    }

    private void answer(String[] words) {
        try {
            out.println(words[0] + " ok " + run(words));
        } catch (Throwable e) {
            e.printStackTrace(out);
            out.println(words[0] + " fail " + e);
        }
    }

    private String run(String[] words) throws Exception {
        switch (words[1]) {
            case "shop":
                return new NodeWorkload(shop, Long.parseLong(words[4]))
                        .run(Integer.parseInt(words[2]), Integer.parseInt(words[3]));
            case "backfill":
                return progress(reconciler().backfill(progress -> { }));
            case "reconcile":
                return progress(reconciler().reconcile(Duration.ofDays(7), progress -> { }));
            case "aggregate":
                return aggregator().aggregate().toString();
            case "rebuild":
                return aggregator().rebuild().toString();
            case "import":
                try (InputStream csv = new FileInputStream(words[2])) {
                    return shop.bean("lkOrdersImport", OrdersImport.class).importOrders(csv, false).toString();
                }
            case "wave":
                return shop.bean("lkSurveyWaves", SurveyWaves.class).run().toString();
            case "pause":
                shop.bean("lkItDataSource", PausingDataSource.class).arm(words[2].replace('+', ' '),
                        Integer.parseInt(words[3]), message -> out.println(words[0] + " " + message));
                return "armed";
            default:
                throw new IllegalArgumentException("unknown command " + words[1]);
        }
    }

    private static String progress(JobProgress progress) {
        return "recorded=" + progress.recorded() + " done=" + progress.done() + " total=" + progress.total()
                + " finished=" + progress.finished();
    }

    private Reconciler reconciler() {
        return shop.bean("lkReconciler", Reconciler.class);
    }

    private Aggregator aggregator() {
        return shop.bean("lkAggregator", Aggregator.class);
    }
}
