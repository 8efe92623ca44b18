package com.loyaltykpi.core.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * LK_AUDIT_EVENT: who did what and when. It holds the admin user's name, the action, at most a customer id, and a
 * detail that names no one; it is kept as long as the shop keeps the module's tables.
 */
public class AuditLog {

    static final int ACTOR_LENGTH = 255;
    static final int DETAIL_LENGTH = 255;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the action now, in the caller's transaction if there is one. */
    public void record(String actor, AuditAction action, String customerId, String detail) {
        jdbc.update("INSERT INTO LK_AUDIT_EVENT (HAPPENED_AT, ACTOR, ACTION, CUSTOMER_ID, DETAIL) VALUES (?, ?, ?, ?, ?)",
                clock.instant().toEpochMilli(), cut(actor == null ? "?" : actor, ACTOR_LENGTH), action.name(), customerId,
                detail == null ? null : cut(detail, DETAIL_LENGTH));
    }

    /** The events newest first, from {@code offset}, at most {@code limit}. */
    public List<AuditEvent> latest(int offset, int limit) {
        return jdbc.query("SELECT HAPPENED_AT, ACTOR, ACTION, CUSTOMER_ID, DETAIL FROM LK_AUDIT_EVENT ORDER BY HAPPENED_AT "
                + "DESC, ID DESC LIMIT ? OFFSET ?", new RowMapper<AuditEvent>() {
                    @Override
                    public AuditEvent mapRow(ResultSet rs, int rowNum) throws SQLException {
                        return new AuditEvent(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2),
                                AuditAction.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5));
                    }
                }, limit, offset);
    }

    /** How many events there are. */
    public long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM LK_AUDIT_EVENT", Long.class);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
