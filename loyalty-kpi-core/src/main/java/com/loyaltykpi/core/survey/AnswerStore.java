package com.loyaltykpi.core.survey;

import com.loyaltykpi.core.mix.ValueSteps;
import com.loyaltykpi.core.support.SqlDialect;

import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.support.DuplicateKeys;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * LK_SURVEY_ANSWER: one answer per invitation (a unique key refuses a second). An answer starts with its
 * satisfaction score; the recommendation score and the comment may come with it or once afterwards (the follow-up).
 */
public class AnswerStore {

    private static final String COLUMNS = "ID, ANSWERED_AT, CHANNEL, SEGMENT, CUSTOMER_ID, ORDER_ID, SATISFACTION, "
            + "RECOMMEND, COMMENT_TEXT";

    private static final String AWAITING = "AND FOLLOWED_UP_AT IS NULL AND RECOMMEND IS NULL AND COMMENT_TEXT IS NULL";

    private final JdbcTemplate jdbc;

    private volatile SqlDialect dialect;

    public AnswerStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the answer; false when the invitation has one already. A whole answer needs no follow-up; a rating
     * alone awaits it.
     */
    public boolean insert(Invitation invitation, AnswerChannel channel, Instant at, int satisfaction, Integer recommend,
                          String comment, boolean whole) {
        try {
            String order = " FROM LK_ORDER_FACT WHERE ORIGIN = ? AND ORDER_ID = ?)";
            jdbc.update("INSERT INTO LK_SURVEY_ANSWER (INVITATION_ID, ANSWERED_AT, CHANNEL, SEGMENT, CUSTOMER_ID, ORDER_ID, "
                    + "SATISFACTION, RECOMMEND, COMMENT_TEXT, FOLLOWED_UP_AT, ORDER_CURRENCY, VALUE_STEP) VALUES "
                    + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT CURRENCY" + order + ", (SELECT "
                    + ValueSteps.sql(dialect(), "REVENUE") + order + ")",
                    invitation.id(), at.toEpochMilli(), channel.name(), invitation.segment().name(),
                    invitation.customerId(), invitation.orderId(), satisfaction, recommend, comment,
                    whole ? Long.valueOf(at.toEpochMilli()) : null, invitation.orderOrigin(), invitation.orderId(),
                    invitation.orderOrigin(), invitation.orderId());
            return true;
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * When the invitation's answer is waiting for its follow-up (the satisfaction score given alone, nothing sent
     * after it): the instant it was given; otherwise null. An answer of an earlier version, always whole, has a
     * recommendation score and never waits.
     */
    public Instant awaitingFollowUp(long invitationId) {
        List<Long> at = jdbc.queryForList("SELECT ANSWERED_AT FROM LK_SURVEY_ANSWER WHERE INVITATION_ID = ? "
                + AWAITING, Long.class, invitationId);
        return at.isEmpty() ? null : Instant.ofEpochMilli(at.get(0));
    }

    /**
     * Adds the follow-up to the invitation's answer, once (a follow-up with neither a score nor a comment closes it
     * too): false when the answer has had one already (or there is no answer).
     */
    public boolean followUp(long invitationId, Integer recommend, String comment, Instant at) {
        return jdbc.update("UPDATE LK_SURVEY_ANSWER SET RECOMMEND = ?, COMMENT_TEXT = ?, FOLLOWED_UP_AT = ? "
                + "WHERE INVITATION_ID = ? " + AWAITING, recommend, comment, at.toEpochMilli(), invitationId) == 1;
    }

    /** Answers matching the filter, newest first, at most {@code limit} from {@code offset}. */
    public List<SurveyAnswer> list(AnswerFilter filter, int offset, int limit) {
        List<Object> args = new ArrayList<Object>();
        String where = where(filter, args);
        JdbcTemplate paged = new JdbcTemplate(jdbc.getDataSource());
        paged.setMaxRows(offset + limit);
        List<SurveyAnswer> all = paged.query("SELECT " + COLUMNS + " FROM LK_SURVEY_ANSWER" + where
                + " ORDER BY ANSWERED_AT DESC, ID DESC", new AnswerMapper(), args.toArray());
        return all.subList(Math.min(offset, all.size()), all.size());
    }

    /** A customer's answers, newest first, at most {@code limit}. */
    public List<SurveyAnswer> ofCustomer(String customerId, int limit) {
        JdbcTemplate limited = new JdbcTemplate(jdbc.getDataSource());
        limited.setMaxRows(limit);
        return limited.query("SELECT " + COLUMNS + " FROM LK_SURVEY_ANSWER WHERE CUSTOMER_ID = ? "
                + "ORDER BY ANSWERED_AT DESC, ID DESC", new AnswerMapper(), customerId);
    }

    /** Every answer matching the filter, oldest first, streamed (for exports). */
    public void forEach(AnswerFilter filter, final Consumer<SurveyAnswer> action) {
        List<Object> args = new ArrayList<Object>();
        final AnswerMapper mapper = new AnswerMapper();
        jdbc.query("SELECT " + COLUMNS + " FROM LK_SURVEY_ANSWER" + where(filter, args) + " ORDER BY ANSWERED_AT, ID",
                new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        action.accept(mapper.mapRow(rs, 0));
                    }
                }, args.toArray());
    }

    public long count(AnswerFilter filter) {
        List<Object> args = new ArrayList<Object>();
        return jdbc.queryForObject("SELECT COUNT(*) FROM LK_SURVEY_ANSWER" + where(filter, args), Long.class, args.toArray());
    }

    private static String where(AnswerFilter filter, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE ANSWERED_AT >= ? AND ANSWERED_AT < ? AND SATISFACTION BETWEEN ? AND ?");
        args.add(filter.from().toEpochMilli());
        args.add(filter.to().toEpochMilli());
        args.add(filter.minSatisfaction());
        args.add(filter.maxSatisfaction());
        if (filter.segment() != null) {
            where.append(" AND SEGMENT = ?");
            args.add(filter.segment().name());
        }
        return where.toString();
    }

    private static final class AnswerMapper implements RowMapper<SurveyAnswer> {
        @Override
        public SurveyAnswer mapRow(ResultSet rs, int rowNum) throws SQLException {
            int recommend = rs.getInt("RECOMMEND");
            Integer given = rs.wasNull() ? null : Integer.valueOf(recommend);
            return new SurveyAnswer(rs.getLong("ID"), Instant.ofEpochMilli(rs.getLong("ANSWERED_AT")),
                    AnswerChannel.valueOf(rs.getString("CHANNEL")), Segment.valueOf(rs.getString("SEGMENT")),
                    rs.getString("CUSTOMER_ID"), rs.getString("ORDER_ID"), rs.getInt("SATISFACTION"), given,
                    rs.getString("COMMENT_TEXT"));
        }
    }

    /** The database's dialect, found on first use (the database may not be reachable when the store is made). */
    private SqlDialect dialect() {
        if (dialect == null) {
            dialect = SqlDialect.of(jdbc);
        }
        return dialect;
    }
}
