package com.loyaltykpi.core.reconcile;

import java.time.Instant;

/**
 * Where a backfill or reconciliation run stands: orders done out of total, what happened to them, and the
 * cursor to resume from. Saved after every chunk, in the chunk's transaction, so a crash loses nothing.
 */
public final class JobProgress {

    private final String jobName;
    private final Instant since;
    private final Instant startedAt;
    private final String cursor;
    private final long total;
    private final Counts counts;
    private final Instant updatedAt;
    private final Instant finishedAt;

    JobProgress(String jobName, Instant since, Instant startedAt, String cursor, long total, Counts counts,
                Instant updatedAt, Instant finishedAt) {
        this.jobName = jobName;
        this.since = since;
        this.startedAt = startedAt;
        this.cursor = cursor;
        this.total = total;
        this.counts = counts;
        this.updatedAt = updatedAt;
        this.finishedAt = finishedAt;
    }

    /** A run that starts now with nothing done. */
    public static JobProgress start(String jobName, Instant since, Instant now, long total) {
        return new JobProgress(jobName, since, now, null, total, Counts.NONE, now, null);
    }

    /** The progress after one more chunk: the cursor moves past it, the counts grow. */
    JobProgress afterChunk(String nextCursor, Counts chunk, Instant now) {
        Counts sum = counts.plus(chunk);
        return new JobProgress(jobName, since, startedAt, nextCursor, Math.max(total, sum.done()), sum, now, null);
    }

    JobProgress finishedAt(Instant now) {
        return new JobProgress(jobName, since, startedAt, cursor, Math.max(total, counts.done()), counts, now, now);
    }

    public String jobName() {
        return jobName;
    }

    public Instant since() {
        return since;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public String cursor() {
        return cursor;
    }

    public long total() {
        return total;
    }

    public long done() {
        return counts.done();
    }

    public long recorded() {
        return counts.recorded();
    }

    public long cancelled() {
        return counts.cancelled();
    }

    public long skipped() {
        return counts.skipped();
    }

    /** Orders that could not be read; they stay missing and a later run tries them again. */
    public long unreadable() {
        return counts.unreadable();
    }

    Counts counts() {
        return counts;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** When the run finished, or null while it is under way or was interrupted. */
    public Instant finishedAt() {
        return finishedAt;
    }

    public boolean finished() {
        return finishedAt != null;
    }

    @Override
    public String toString() {
        return jobName + ": " + done() + "/" + total + " orders, " + recorded() + " recorded, " + cancelled()
                + " cancelled, " + skipped() + " skipped, " + unreadable() + " unreadable"
                + (finished() ? ", finished" : "");
    }

    /** What happened to the orders of a run or a chunk. */
    static final class Counts {
        static final Counts NONE = new Counts(0, 0, 0, 0, 0);

        private final long done;
        private final long recorded;
        private final long cancelled;
        private final long skipped;
        private final long unreadable;

        Counts(long done, long recorded, long cancelled, long skipped, long unreadable) {
            this.done = done;
            this.recorded = recorded;
            this.cancelled = cancelled;
            this.skipped = skipped;
            this.unreadable = unreadable;
        }

        Counts plus(Counts o) {
            return new Counts(done + o.done, recorded + o.recorded, cancelled + o.cancelled, skipped + o.skipped,
                    unreadable + o.unreadable);
        }

        long done() {
            return done;
        }

        long recorded() {
            return recorded;
        }

        long cancelled() {
            return cancelled;
        }

        long skipped() {
            return skipped;
        }

        long unreadable() {
            return unreadable;
        }
    }
}
