package com.loyaltykpi.broadleaf.schema;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** LK_JOB_STATE: the latest progress of each background job (backfill, reconciliation). */
@Entity
@Table(name = "LK_JOB_STATE")
public class JobStateTable {

    @Id
    @Column(name = "JOB_NAME", length = 64)
    protected String jobName;

    @Column(name = "SINCE_AT", nullable = false)
    protected long sinceAt;

    @Column(name = "STARTED_AT", nullable = false)
    protected long startedAt;

    @Column(name = "CURSOR_VALUE", length = 255)
    protected String cursorValue;

    @Column(name = "TOTAL_COUNT", nullable = false)
    protected long totalCount;

    @Column(name = "DONE_COUNT", nullable = false)
    protected long doneCount;

    @Column(name = "RECORDED_COUNT", nullable = false)
    protected long recordedCount;

    @Column(name = "CANCELLED_COUNT", nullable = false)
    protected long cancelledCount;

    @Column(name = "SKIPPED_COUNT", nullable = false)
    protected long skippedCount;

    @Column(name = "UNREADABLE_COUNT", nullable = false)
    protected long unreadableCount;

    @Column(name = "UPDATED_AT", nullable = false)
    protected long updatedAt;

    @Column(name = "FINISHED_AT")
    protected Long finishedAt;
}
