package com.loyaltykpi.core.rollup;

import com.loyaltykpi.core.period.BusinessCalendar;

/**
 * One kind of rollups the aggregation keeps (order rollups from fact changes, satisfaction rollups from survey
 * changes): applies its pending changes a batch at a time, or rebuilds its rollups from their sources. Both run in
 * the caller's transaction, which holds the rollup lock.
 */
public interface ChangeApplier {

    /** Applies the oldest pending changes and deletes them; how many (0: none was pending). */
    int applyBatch(BusinessCalendar calendar);

    /** Rebuilds every rollup of this kind from its sources and takes in the pending changes; the sources counted. */
    long rebuild(BusinessCalendar calendar);
}
