package com.loyaltykpi.core.rollup;

/** What an aggregation run did: changes applied in how many batches, or a rebuild from how many facts. */
public final class AggregationReport {

    private final boolean rebuilt;
    private final long count;
    private final long surveyChanges;
    private final int batches;

    private AggregationReport(boolean rebuilt, long count, long surveyChanges, int batches) {
        this.rebuilt = rebuilt;
        this.count = count;
        this.surveyChanges = surveyChanges;
        this.batches = batches;
    }

    static AggregationReport incremental(long changes, long surveyChanges, int batches) {
        return new AggregationReport(false, changes, surveyChanges, batches);
    }

    static AggregationReport rebuilt(long facts) {
        return new AggregationReport(true, facts, 0, 1);
    }

    public boolean rebuilt() {
        return rebuilt;
    }

    /** Changes applied (incremental) or facts counted (rebuild). */
    public long count() {
        return count;
    }

    /** Survey invitations and answers counted into the satisfaction rollups (incremental runs). */
    public long surveyChanges() {
        return surveyChanges;
    }

    public int batches() {
        return batches;
    }

    @Override
    public String toString() {
        return rebuilt ? "rebuilt from " + count + " facts" : count + " fact changes and " + surveyChanges
                + " survey changes applied in " + batches + " batches";
    }
}
