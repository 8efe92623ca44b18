package com.loyaltykpi.it.settings;

import com.loyaltykpi.core.settings.DataVersion;
import com.loyaltykpi.core.settings.SettingsStore;
import com.loyaltykpi.it.ScratchDatabase;
import com.loyaltykpi.it.TestDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several nodes writing LK_SETTING at once, each in transactions of its own, on a table without the row yet (a
 * new install, or the first start of a cluster): every write succeeds, and every change of the data version is
 * counted, so no node keeps a cached dashboard under a version another node's change did not move.
 */
public abstract class SettingsRaceScenarios {

    private static final int NODES = 6;
    private static final int BUMPS = 20;

    private ScratchDatabase scratch;
    private JdbcTemplate jdbc;
    private TransactionTemplate transaction;

    protected abstract TestDatabase database();

    @BeforeEach
    void createDatabase() throws Exception {
        scratch = ScratchDatabase.create(database());
        jdbc = scratch.jdbc();
        jdbc.execute("CREATE TABLE LK_SETTING (NAME VARCHAR(64) NOT NULL, SETTING_VALUE VARCHAR(255), PRIMARY KEY (NAME))");
        transaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
    }

    @AfterEach
    void dropDatabase() throws Exception {
        if (scratch != null) {
            scratch.close();
        }
    }

    @Test
    void nodesBumpingTheDataVersionAtOnceAreAllCounted() throws Exception {
        List<Callable<Void>> nodes = new ArrayList<>();
        CyclicBarrier start = new CyclicBarrier(NODES);
        for (int n = 0; n < NODES; n++) {
            DataVersion version = new DataVersion(new SettingsStore(jdbc), Clock.systemUTC(), 1000);
            nodes.add(() -> {
                start.await();
                for (int i = 0; i < BUMPS; i++) {
                    transaction.execute(status -> {
                        version.bumpMembership();
                        return null;
                    });
                }
                return null;
            });
        }
        runAll(nodes);

        DataVersion fresh = new DataVersion(new SettingsStore(jdbc), Clock.systemUTC(), 1000);
        assertThat(fresh.current()).isEqualTo(NODES * BUMPS);
        assertThat(fresh.membership()).isEqualTo(NODES * BUMPS);
    }

    @Test
    void nodesStoringTheSameNewSettingAtOnceAllSucceedAndOneValueIsKept() throws Exception {
        List<Callable<Void>> nodes = new ArrayList<>();
        CyclicBarrier start = new CyclicBarrier(NODES);
        for (int n = 0; n < NODES; n++) {
            String value = "node " + n;
            SettingsStore settings = new SettingsStore(jdbc);
            nodes.add(() -> {
                start.await();
                transaction.execute(status -> {
                    settings.put("offers.seed", value);
                    return null;
                });
                return null;
            });
        }
        runAll(nodes);

        assertThat(new SettingsStore(jdbc).get("offers.seed")).startsWith("node ");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM LK_SETTING", Integer.class)).isEqualTo(1);
        new SettingsStore(jdbc).put("offers.seed", "replaced");
        assertThat(new SettingsStore(jdbc).get("offers.seed")).isEqualTo("replaced");
    }

    private static void runAll(List<Callable<Void>> nodes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
        try {
            List<Future<Void>> done = pool.invokeAll(nodes);
            for (Future<Void> node : done) {
                node.get(); // a node's failure fails the test with its cause
            }
        } finally {
            pool.shutdown();
        }
    }
}
