package com.loyaltykpi.core.rollup;

/** What an aggregation run did: changes applied in how many batches, or a rebuild from how many facts. */
public final class AggregationReport {

    private final boolean rebuilt;
    private final long count;
    private final int batches;

    private AggregationReport(boolean rebuilt, long count, int batches) {
        this.rebuilt = rebuilt;
        this.count = count;
        this.batches = batches;
    }

    static AggregationReport incremental(long changes, int batches) {
        return new AggregationReport(false, changes, batches);
    }

    static AggregationReport rebuilt(long facts) {
        return new AggregationReport(true, facts, 1);
    }

    public boolean rebuilt() {
        return rebuilt;
    }

    /** Changes applied (incremental) or facts counted (rebuild). */
    public long count() {
        return count;
    }

    public int batches() {
        return batches;
    }

    @Override
    public String toString() {
        return rebuilt ? "rebuilt from " + count + " facts" : count + " changes applied in " + batches + " batches";
    }
}
