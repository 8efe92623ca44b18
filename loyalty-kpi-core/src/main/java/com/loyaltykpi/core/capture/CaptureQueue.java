package com.loyaltykpi.core.capture;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records submitted (and cancelled) orders on a writer thread of its own, through {@link OrderRecorder}, so that a checkout never waits for the module's
 * database write. Bounded: when the queue is full (the database is down or far behind), the order is left to
 * reconciliation, which records it from the platform's own tables; nothing blocks and nothing is lost for good.
 * On shutdown the queue is drained for a while; what a killed node still held is likewise recorded by
 * reconciliation.
 */
public class CaptureQueue {

    private static final Log LOG = LogFactory.getLog(CaptureQueue.class);
    private static final long POLL_MILLIS = 200;

    private static final int BATCH = 100;
    private static final long LINGER_MILLIS = 10;

    private final OrderRecorder recorder;
    private final BlockingQueue<String> queue;
    private final Duration drainOnStop;
    private final AtomicInteger outstanding = new AtomicInteger();
    private volatile boolean running;
    private volatile CaptureListener listener;
    private Thread writer;

    public CaptureQueue(OrderRecorder recorder, int capacity, Duration drainOnStop) {
        this.recorder = recorder;
        this.queue = new LinkedBlockingQueue<String>(capacity);
        this.drainOnStop = drainOnStop;
    }

    /** Who is told about new facts after they are written (one listener; none by default). */
    public void setListener(CaptureListener listener) {
        this.listener = listener;
    }

    public synchronized void start() {
        running = true;
        writer = new Thread(new Runnable() {
            @Override
            public void run() {
                write();
            }
        }, "loyalty-capture");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Hands a submitted or cancelled order to the writer, by the platform's order id; never blocks. False when
     * it was left to reconciliation.
     */
    public boolean submit(String orderId) {
        outstanding.incrementAndGet();
        if (running && queue.offer(orderId)) {
            return true;
        }
        outstanding.decrementAndGet();
        LOG.warn("Loyalty: order id " + orderId + " not queued for recording (" + (running ? "queue full" : "stopped")
                + "); reconciliation will record it");
        return false;
    }

    /** Waits until every order handed over so far is written (or failed); false on timeout. */
    public boolean flush(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (outstanding.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(1);
        }
        return true;
    }

    /** Stops accepting orders and writes what is queued, for at most the configured time. */
    public synchronized void stop() throws InterruptedException {
        running = false;
        if (!flush(drainOnStop)) {
            LOG.warn("Loyalty: " + queue.size() + " orders still queued at shutdown; reconciliation will record them");
        }
        if (writer != null) {
            writer.interrupt();
            writer.join(TimeUnit.SECONDS.toMillis(5));
        }
    }

    private void tell(List<OrderFact> facts) {
        CaptureListener told = listener;
        if (told == null || facts.isEmpty()) {
            return;
        }
        try {
            told.recorded(facts);
        } catch (RuntimeException e) {
            LOG.error("Loyalty: the capture listener failed on orders just recorded (the facts stay)", e);
        }
    }

    /** Writes what arrived, up to a batch at a time: under load, many orders share one transaction. */
    private void write() {
        while (running || !queue.isEmpty()) {
            List<String> batch = new ArrayList<String>();
            try {
                String first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
            } catch (InterruptedException stopping) {
                return;
            }
            try {
                Thread.sleep(LINGER_MILLIS); // let the checkout finish and more orders arrive: one transaction for all
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
            queue.drainTo(batch, BATCH - 1);
            try {
                Chunk chunk = recorder.record(batch);
                tell(chunk.newFacts());
            } catch (RuntimeException | Error e) {
                LOG.error("Loyalty: orders " + batch + " not recorded; reconciliation will record them", e);
            } finally {
                outstanding.addAndGet(-batch.size());
            }
        }
    }
}
