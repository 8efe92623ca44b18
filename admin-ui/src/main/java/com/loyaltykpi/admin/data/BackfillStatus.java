package com.loyaltykpi.admin.data;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.loyaltykpi.core.reconcile.JobProgress;

/**
 * The backfill's progress as the data screen's bar reads it (JSON): orders done of the total, the rate and the
 * time left, from the progress the backfill saves after every chunk (so it survives a page reload or a restart).
 */
public final class BackfillStatus {

    private BackfillStatus() {
    }

    public static Map<String, Object> of(JobProgress progress, boolean runningHere) {
        Map<String, Object> status = new LinkedHashMap<String, Object>();
        if (progress == null) {
            status.put("started", false);
            status.put("running", runningHere);
            return status;
        }
        long done = progress.done();
        long total = progress.total();
        double seconds = Math.max(0.001, Duration.between(progress.startedAt(), end(progress)).toMillis() / 1000.0);
        double rate = done / seconds;
        status.put("started", true);
        status.put("running", runningHere);
        status.put("finished", progress.finished());
        // stopped by a restart or a failure: starting it again resumes from the last chunk
        status.put("interrupted", !runningHere && !progress.finished());
        status.put("done", done);
        status.put("total", total);
        status.put("percent", total == 0 ? (progress.finished() ? 100 : 0) : Math.min(100, (int) (done * 100 / total)));
        status.put("rate", Math.round(rate));
        status.put("secondsLeft", progress.finished() || rate <= 0 ? 0 : Math.round((total - done) / rate));
        status.put("recorded", progress.recorded());
        status.put("skipped", progress.skipped());
        status.put("unreadable", progress.unreadable());
        return status;
    }

    private static Instant end(JobProgress progress) {
        return progress.finished() ? progress.finishedAt() : progress.updatedAt();
    }
}
