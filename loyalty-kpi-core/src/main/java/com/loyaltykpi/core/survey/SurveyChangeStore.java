package com.loyaltykpi.core.survey;

import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.support.Chunks;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * LK_SURVEY_CHANGE: invitations and answers the satisfaction rollups have not counted yet, written in the same
 * transaction as the invitation or the answer, applied and deleted by the aggregation. An answer's recommendation
 * score may come after its satisfaction score: then a RECOMMEND change follows the ANSWERED one, dated like the
 * answer. The RECOMMEND column holds -1 for "none yet".
 */
public class SurveyChangeStore {

    /** What happened. */
    public enum Kind {
        INVITED,
        /** An answer: its satisfaction score, and its recommendation score when given with it. */
        ANSWERED,
        /** The recommendation score of an answer given before. */
        RECOMMEND
    }

    private static final int NONE = -1;

    /** One pending change. */
    public static final class Change {
        final long id;
        final Kind kind;
        final Segment segment;
        final Instant at;
        final Instant issuedAt;
        final int satisfaction;
        /** The recommendation score, or null. */
        final Integer recommend;
        final InvitationChannel channel;
        /** The currency and value step of the order an answer is about; null for a wave's or an unrecorded order's. */
        final String orderCurrency;
        final Integer valueStep;

        Change(long id, Kind kind, Segment segment, Instant at, Instant issuedAt, int satisfaction, Integer recommend,
               InvitationChannel channel, String orderCurrency, Integer valueStep) {
            this.id = id;
            this.kind = kind;
            this.segment = segment;
            this.at = at;
            this.issuedAt = issuedAt;
            this.satisfaction = satisfaction;
            this.recommend = recommend;
            this.channel = channel;
            this.orderCurrency = orderCurrency;
            this.valueStep = valueStep;
        }
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public SurveyChangeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    public void invited(Invitation invitation) {
        jdbc.update("INSERT INTO LK_SURVEY_CHANGE (KIND, SEGMENT, HAPPENED_AT, ISSUED_AT, SATISFACTION, RECOMMEND, CHANNEL) "
                + "VALUES (?, ?, ?, ?, 0, 0, ?)", Kind.INVITED.name(), invitation.segment().name(),
                invitation.issuedAt().toEpochMilli(), invitation.issuedAt().toEpochMilli(), invitation.channel().name());
    }

    /** An answer given at {@code at}; {@code recommend} null when the shopper has not given it (yet). */
    public void answered(Invitation invitation, Instant at, int satisfaction, Integer recommend) {
        insert(Kind.ANSWERED, invitation, at, satisfaction, recommend == null ? NONE : recommend.intValue());
    }

    /** The recommendation score added to the answer given at {@code answeredAt}. */
    public void recommended(Invitation invitation, Instant answeredAt, int recommend) {
        insert(Kind.RECOMMEND, invitation, answeredAt, 0, recommend);
    }

    /**
     * A change with the channel of the invitation and the currency and value step of its order as its answer keeps
     * them (written first, in the same transaction).
     */
    private void insert(Kind kind, Invitation invitation, Instant at, int satisfaction, int recommend) {
        jdbc.update("INSERT INTO LK_SURVEY_CHANGE (KIND, SEGMENT, HAPPENED_AT, ISSUED_AT, SATISFACTION, RECOMMEND, CHANNEL, "
                + "ORDER_CURRENCY, VALUE_STEP) VALUES (?, ?, ?, ?, ?, ?, ?, "
                + "(SELECT ORDER_CURRENCY FROM LK_SURVEY_ANSWER WHERE INVITATION_ID = ?), "
                + "(SELECT VALUE_STEP FROM LK_SURVEY_ANSWER WHERE INVITATION_ID = ?))", kind.name(),
                invitation.segment().name(), at.toEpochMilli(), invitation.issuedAt().toEpochMilli(), satisfaction,
                recommend, invitation.channel().name(), invitation.id(), invitation.id());
    }

    List<Change> oldest(int limit) {
        JdbcTemplate limited = new JdbcTemplate(jdbc.getDataSource());
        limited.setMaxRows(limit);
        return limited.query("SELECT ID, KIND, SEGMENT, HAPPENED_AT, ISSUED_AT, SATISFACTION, RECOMMEND, CHANNEL, "
                + "ORDER_CURRENCY, VALUE_STEP FROM LK_SURVEY_CHANGE ORDER BY ID", new RowMapper<Change>() {
                    @Override
                    public Change mapRow(ResultSet rs, int rowNum) throws SQLException {
                        String channel = rs.getString(8);
                        return new Change(rs.getLong(1), Kind.valueOf(rs.getString(2)), Segment.valueOf(rs.getString(3)),
                                Instant.ofEpochMilli(rs.getLong(4)), Instant.ofEpochMilli(rs.getLong(5)), rs.getInt(6),
                                rs.getInt(7) == NONE ? null : Integer.valueOf(rs.getInt(7)),
                                channel == null ? InvitationChannel.CHECKOUT : InvitationChannel.valueOf(channel),
                                rs.getString(9), step(rs));
                    }
                });
    }

    private static Integer step(ResultSet rs) throws SQLException {
        int step = rs.getInt(10);
        return rs.wasNull() ? null : Integer.valueOf(step);
    }

    List<Long> allIds() {
        return jdbc.queryForList("SELECT ID FROM LK_SURVEY_CHANGE", Long.class);
    }

    void delete(List<Long> ids) {
        for (List<Long> chunk : Chunks.of(ids)) {
            named.update("DELETE FROM LK_SURVEY_CHANGE WHERE ID IN (:ids)", new MapSqlParameterSource("ids", chunk));
        }
    }
}
