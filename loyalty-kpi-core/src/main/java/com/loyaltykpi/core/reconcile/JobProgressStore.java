package com.loyaltykpi.core.reconcile;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The LK_JOB_STATE table: one row per job name with its latest progress, read by the admin screens. */
public class JobProgressStore {

    private static final String COLUMNS = "JOB_NAME, SINCE_AT, STARTED_AT, CURSOR_VALUE, TOTAL_COUNT, DONE_COUNT, "
            + "RECORDED_COUNT, CANCELLED_COUNT, SKIPPED_COUNT, UNREADABLE_COUNT, UPDATED_AT, FINISHED_AT";

    private final JdbcTemplate jdbc;

    public JobProgressStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The saved progress of this job, or null when it never ran. */
    public JobProgress find(String jobName) {
        List<JobProgress> found = jdbc.query("SELECT " + COLUMNS + " FROM LK_JOB_STATE WHERE JOB_NAME = ?",
                new ProgressMapper(), jobName);
        return found.isEmpty() ? null : found.get(0);
    }

    public void save(JobProgress p) {
        Long finishedAt = p.finishedAt() == null ? null : p.finishedAt().toEpochMilli();
        int updated = jdbc.update("UPDATE LK_JOB_STATE SET SINCE_AT = ?, STARTED_AT = ?, CURSOR_VALUE = ?, TOTAL_COUNT = ?, "
                        + "DONE_COUNT = ?, RECORDED_COUNT = ?, CANCELLED_COUNT = ?, SKIPPED_COUNT = ?, UNREADABLE_COUNT = ?, "
                        + "UPDATED_AT = ?, FINISHED_AT = ? WHERE JOB_NAME = ?",
                p.since().toEpochMilli(), p.startedAt().toEpochMilli(), p.cursor(), p.total(), p.done(), p.recorded(),
                p.cancelled(), p.skipped(), p.unreadable(), p.updatedAt().toEpochMilli(), finishedAt, p.jobName());
        if (updated == 0) {
            jdbc.update("INSERT INTO LK_JOB_STATE (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    p.jobName(), p.since().toEpochMilli(), p.startedAt().toEpochMilli(), p.cursor(), p.total(), p.done(),
                    p.recorded(), p.cancelled(), p.skipped(), p.unreadable(), p.updatedAt().toEpochMilli(), finishedAt);
        }
    }

    private static final class ProgressMapper implements RowMapper<JobProgress> {
        @Override
        public JobProgress mapRow(ResultSet rs, int rowNum) throws SQLException {
            long finishedAt = rs.getLong("FINISHED_AT");
            boolean running = rs.wasNull();
            JobProgress.Counts counts = new JobProgress.Counts(rs.getLong("DONE_COUNT"), rs.getLong("RECORDED_COUNT"),
                    rs.getLong("CANCELLED_COUNT"), rs.getLong("SKIPPED_COUNT"), rs.getLong("UNREADABLE_COUNT"));
            return new JobProgress(rs.getString("JOB_NAME"), Instant.ofEpochMilli(rs.getLong("SINCE_AT")),
                    Instant.ofEpochMilli(rs.getLong("STARTED_AT")), rs.getString("CURSOR_VALUE"),
                    rs.getLong("TOTAL_COUNT"), counts, Instant.ofEpochMilli(rs.getLong("UPDATED_AT")),
                    running ? null : Instant.ofEpochMilli(finishedAt));
        }
    }
}
