package com.loyaltykpi.server.ingest;

import com.loyaltykpi.core.capture.FactSync;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/**
 * Records a batch of orders from one source: checked whole first; refused whole when an order is not valid (nothing
 * written) unless invalid orders may be left out; then written in one transaction, idempotent by the source's order
 * id (a replay changes nothing, a changed order replaces its fact and corrects its periods).
 */
@Service
public class OrderIngestion {

    private final FactSync sync;
    private final Clock clock;
    private final MeterRegistry meters;

    public OrderIngestion(FactSync sync, Clock clock, MeterRegistry meters) {
        this.sync = sync;
        this.clock = clock;
        this.meters = meters;
    }

    /** What a batch did: counts, and the problems of the orders left out (empty when nothing was refused). */
    public record Result(boolean refused, int received, long inserted, long updated, long unchanged,
                         List<FieldProblem> problems) {
    }

    public Result ingest(String source, List<OrderIn> orders, boolean skipInvalid) {
        OrderBatchReader.Read read = OrderBatchReader.read(source, orders, clock.instant());
        if (!read.problems().isEmpty() && !skipInvalid) {
            meters.counter("loyalty.ingest.orders", "outcome", "refused").increment(orders.size());
            return new Result(true, orders.size(), 0, 0, 0, read.problems());
        }
        FactSync.Counts counts = read.facts().isEmpty() ? new FactSync.Counts(0, 0, 0)
                : sync.write(source, read.facts());
        meters.counter("loyalty.ingest.orders", "outcome", "inserted").increment(counts.inserted);
        meters.counter("loyalty.ingest.orders", "outcome", "updated").increment(counts.updated);
        meters.counter("loyalty.ingest.orders", "outcome", "unchanged").increment(counts.unchanged);
        meters.counter("loyalty.ingest.orders", "outcome", "left-out")
                .increment(orders.size() - read.facts().size());
        return new Result(false, orders.size(), counts.inserted, counts.updated, counts.unchanged, read.problems());
    }
}
