package com.loyaltykpi.core.followup;

import com.loyaltykpi.core.period.Segment;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * LK_SURVEY_FOLLOW_UP: a follow-up per unhappy answer (unique per invitation), its operators' alert (claimed before
 * it is sent, like the survey e-mails), and its closing.
 */
public class FollowUpStore {

    /** The longest note an operator may write when closing. */
    public static final int NOTE_MAX_LENGTH = 2000;
    private static final int PROBLEM_MAX_LENGTH = 200;

    private static final String SELECT = "SELECT f.ID, f.SEGMENT, f.OPENED_AT, f.ALERTED_AT, f.ALERT_ATTEMPTS, "
            + "f.ALERT_PROBLEM, f.CLOSED_AT, f.CLOSED_BY, f.NOTE_TEXT, a.ANSWERED_AT, a.CHANNEL, a.CUSTOMER_ID, "
            + "a.ORDER_ID, o.ORDER_NUMBER, a.SATISFACTION, a.RECOMMEND, a.COMMENT_TEXT FROM LK_SURVEY_FOLLOW_UP f "
            + "JOIN LK_SURVEY_ANSWER a ON a.INVITATION_ID = f.INVITATION_ID "
            + "JOIN LK_SURVEY_INVITATION i ON i.ID = f.INVITATION_ID "
            + "LEFT JOIN LK_ORDER_FACT o ON o.ORIGIN = i.ORDER_ORIGIN AND o.ORDER_ID = a.ORDER_ID ";
    /** The answer still awaits its follow-up step (recommendation, comment): the shopper may be typing. */
    private static final String AWAITING = "a.FOLLOWED_UP_AT IS NULL AND a.RECOMMEND IS NULL AND a.COMMENT_TEXT IS NULL";

    private final JdbcTemplate jdbc;

    public FollowUpStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Opens the invitation's follow-up; false when it has one already (idempotent). Checked before inserting, not
     * by catching the unique key's error: on PostgreSQL that error would abort the answer's transaction. Two
     * transactions never open the same invitation's at once: each holds the row lock of its answer (or invitation).
     */
    public boolean open(long invitationId, Segment segment, Instant at) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM LK_SURVEY_FOLLOW_UP WHERE INVITATION_ID = ?", Long.class,
                invitationId) > 0) {
            return false;
        }
        return jdbc.update("INSERT INTO LK_SURVEY_FOLLOW_UP (INVITATION_ID, SEGMENT, OPENED_AT, ALERT_ATTEMPTS) "
                + "VALUES (?, ?, ?, 0)", invitationId, segment.name(), at.toEpochMilli()) == 1;
    }

    /**
     * Open follow-ups whose alert is due, oldest first: opened since {@code openedFrom}, not alerted nor being
     * alerted (a claim before {@code abandonedBefore} was abandoned), and whose answer is complete or was given
     * before {@code settledBefore} (the shopper had time to add the comment).
     */
    public List<FollowUp> dueAlerts(Instant openedFrom, Instant settledBefore, Instant abandonedBefore) {
        return jdbc.query(SELECT + "WHERE f.OPENED_AT >= ? AND f.CLOSED_AT IS NULL AND (f.ALERTED_AT IS NULL OR "
                + "(f.ALERTED_AT < 0 AND f.ALERTED_AT > ?)) AND (NOT (" + AWAITING + ") OR f.OPENED_AT <= ?) "
                + "ORDER BY f.OPENED_AT, f.ID", new FollowUpMapper(), openedFrom.toEpochMilli(),
                -abandonedBefore.toEpochMilli(), settledBefore.toEpochMilli());
    }

    /** Claims the alert for this node: true when it is neither sent nor being sent by another node. */
    public boolean claimAlert(long id, Instant now, Instant abandonedBefore) {
        return jdbc.update("UPDATE LK_SURVEY_FOLLOW_UP SET ALERTED_AT = ? WHERE ID = ? AND (ALERTED_AT IS NULL OR "
                + "(ALERTED_AT < 0 AND ALERTED_AT > ?))", -now.toEpochMilli(), id, -abandonedBefore.toEpochMilli()) == 1;
    }

    public void alerted(long id, Instant at) {
        jdbc.update("UPDATE LK_SURVEY_FOLLOW_UP SET ALERTED_AT = ?, ALERT_PROBLEM = NULL WHERE ID = ?",
                at.toEpochMilli(), id);
    }

    /** Gives the claimed alert back after a failed send, counting the attempt: the next run retries it. */
    public void alertFailed(long id, String problem) {
        String shown = problem.length() > PROBLEM_MAX_LENGTH ? problem.substring(0, PROBLEM_MAX_LENGTH) : problem;
        jdbc.update("UPDATE LK_SURVEY_FOLLOW_UP SET ALERTED_AT = NULL, ALERT_ATTEMPTS = ALERT_ATTEMPTS + 1, "
                + "ALERT_PROBLEM = ? WHERE ID = ? AND ALERTED_AT < 0", shown, id);
    }

    /** The open follow-ups, oldest first. */
    public List<FollowUp> openOldestFirst(int limit) {
        return firstRows(SELECT + "WHERE f.CLOSED_AT IS NULL ORDER BY f.OPENED_AT, f.ID", limit);
    }

    public long countOpen() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM LK_SURVEY_FOLLOW_UP WHERE CLOSED_AT IS NULL", Long.class);
    }

    /** The closed follow-ups, last closed first. */
    public List<FollowUp> closedLatestFirst(int limit) {
        return firstRows(SELECT + "WHERE f.CLOSED_AT IS NOT NULL ORDER BY f.CLOSED_AT DESC, f.ID DESC", limit);
    }

    /**
     * Closes an open follow-up with what was done; false when it is closed already (by another operator, or a
     * form sent twice) or does not exist.
     */
    public boolean close(long id, String note, String closedBy, Instant at) {
        return jdbc.update("UPDATE LK_SURVEY_FOLLOW_UP SET CLOSED_AT = ?, CLOSED_BY = ?, NOTE_TEXT = ? WHERE ID = ? "
                + "AND CLOSED_AT IS NULL", at.toEpochMilli(), closedBy, note, id) == 1;
    }

    /** The follow-ups opened or closed in [from, to): what the follow-up KPIs of those periods count. */
    public List<FollowUpTimes> openedOrClosedBetween(Instant from, Instant to) {
        return jdbc.query("SELECT SEGMENT, OPENED_AT, CLOSED_AT FROM LK_SURVEY_FOLLOW_UP WHERE (OPENED_AT >= ? AND "
                + "OPENED_AT < ?) OR (CLOSED_AT >= ? AND CLOSED_AT < ?)", new RowMapper<FollowUpTimes>() {
                    @Override
                    public FollowUpTimes mapRow(ResultSet rs, int rowNum) throws SQLException {
                        long closed = rs.getLong(3);
                        return new FollowUpTimes(Segment.valueOf(rs.getString(1)), Instant.ofEpochMilli(rs.getLong(2)),
                                rs.wasNull() ? null : Instant.ofEpochMilli(closed));
                    }
                }, from.toEpochMilli(), to.toEpochMilli(), from.toEpochMilli(), to.toEpochMilli());
    }

    /** The first rows of the query (read no further than needed). */
    private List<FollowUp> firstRows(String sql, final int limit) {
        return jdbc.query(sql, new ResultSetExtractor<List<FollowUp>>() {
            @Override
            public List<FollowUp> extractData(ResultSet rs) throws SQLException {
                List<FollowUp> rows = new ArrayList<FollowUp>();
                FollowUpMapper mapper = new FollowUpMapper();
                while (rows.size() < limit && rs.next()) {
                    rows.add(mapper.mapRow(rs, rows.size()));
                }
                return rows;
            }
        });
    }

    private static final class FollowUpMapper implements RowMapper<FollowUp> {
        @Override
        public FollowUp mapRow(ResultSet rs, int rowNum) throws SQLException {
            long alertedAt = rs.getLong("ALERTED_AT");
            Instant sent = rs.wasNull() || alertedAt < 0 ? null : Instant.ofEpochMilli(alertedAt);
            int recommend = rs.getInt("RECOMMEND");
            Integer recommended = rs.wasNull() ? null : recommend;
            long closedAt = rs.getLong("CLOSED_AT");
            Instant closed = rs.wasNull() ? null : Instant.ofEpochMilli(closedAt);
            FollowUp.Answer answer = new FollowUp.Answer(Instant.ofEpochMilli(rs.getLong("ANSWERED_AT")),
                    rs.getString("CHANNEL"), rs.getString("CUSTOMER_ID"), rs.getString("ORDER_ID"),
                    rs.getString("ORDER_NUMBER"), rs.getInt("SATISFACTION"), recommended, rs.getString("COMMENT_TEXT"));
            return new FollowUp(rs.getLong("ID"), Segment.valueOf(rs.getString("SEGMENT")),
                    Instant.ofEpochMilli(rs.getLong("OPENED_AT")), answer,
                    new FollowUp.Alert(sent, rs.getInt("ALERT_ATTEMPTS"), rs.getString("ALERT_PROBLEM")), closed,
                    rs.getString("CLOSED_BY"), rs.getString("NOTE_TEXT"));
        }
    }
}
