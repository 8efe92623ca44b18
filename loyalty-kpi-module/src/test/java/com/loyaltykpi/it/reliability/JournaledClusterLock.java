package com.loyaltykpi.it.reliability;

import com.loyaltykpi.core.settings.ClusterLock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * The module's cluster lock, journaling every hold of this node to a file: lock name, node, and the instants
 * (epoch microseconds) right after the lock was taken and right before it was released. The recorded interval
 * lies inside the real one, so two recorded holds of one lock that overlap prove that two holders worked at once.
 */
public class JournaledClusterLock extends ClusterLock {

    private final String node;
    private final OutputStream journal;
    private final ThreadLocal<Map<String, Instant>> heldSince = ThreadLocal.withInitial(HashMap::new);

    public JournaledClusterLock(JdbcTemplate jdbc, String journalFile, String node, String... names) throws IOException {
        super(jdbc, names);
        this.node = node;
        this.journal = new FileOutputStream(journalFile, true);
    }

    @Override
    public void lock(final String name) {
        super.lock(name);
        final Instant taken = Instant.now();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
            @Override
            public void beforeCompletion() {
                record(name, taken);
            }
        });
    }

    @Override
    public Held hold(String name) {
        Held held = super.hold(name);
        heldSince.get().put(name, Instant.now());
        return held;
    }

    @Override
    protected void releasing(String name) {
        record(name, heldSince.get().remove(name));
    }

    private void record(String name, Instant taken) {
        String line = name + "\t" + node + "\t" + micros(taken) + "\t" + micros(Instant.now()) + "\n";
        synchronized (journal) {
            try {
                journal.write(line.getBytes(StandardCharsets.UTF_8));
                journal.flush();
            } catch (IOException e) {
                throw new IllegalStateException("cannot write the lock journal", e);
            }
        }
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }
}
