package com.loyaltykpi.core.survey;

import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.support.DuplicateKeys;
import com.loyaltykpi.core.support.GeneratedIds;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * LK_SURVEY_INVITATION and LK_SURVEY_TOKEN: invitations (at most one per order) and the tokens that open them.
 * An invitation may have several tokens (the confirmation page, the e-mail link, other channels); it is answered
 * once, whichever token is used.
 */
public class InvitationStore {

    private static final String COLUMNS = "i.ID, i.CUSTOMER_ID, i.ORDER_ORIGIN, i.ORDER_ID, i.CHANNEL, i.SEGMENT, "
            + "i.ISSUED_AT, i.EXPIRES_AT, i.ANSWERED_AT";

    private final JdbcTemplate jdbc;

    public InvitationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the invitation; returns its id, or -1 when the order (or the customer in this wave) has one already.
     *
     * @param waveAt the start of the wave issuing it, or null for an order's invitation
     */
    public long insert(final String customerId, final String orderOrigin, final String orderId,
                       final InvitationChannel channel, final Segment segment, final Instant issuedAt, final Instant expiresAt,
                       final Instant waveAt) {
        KeyHolder keys = new GeneratedKeyHolder();
        try {
            jdbc.update(connection -> {
                PreparedStatement ps = connection.prepareStatement("INSERT INTO LK_SURVEY_INVITATION (CUSTOMER_ID, "
                        + "ORDER_ORIGIN, ORDER_ID, CHANNEL, SEGMENT, ISSUED_AT, EXPIRES_AT, WAVE_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                ps.setString(1, customerId);
                ps.setString(2, orderOrigin);
                ps.setString(3, orderId);
                ps.setString(4, channel.name());
                ps.setString(5, segment.name());
                ps.setLong(6, issuedAt.toEpochMilli());
                ps.setLong(7, expiresAt.toEpochMilli());
                if (waveAt == null) {
                    ps.setNull(8, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(8, waveAt.toEpochMilli());
                }
                return ps;
            }, keys);
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return -1;
            }
            throw e;
        }
        return GeneratedIds.of(keys);
    }

    /** Whether a token with this hash is stored. */
    public boolean hasToken(String tokenHash) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM LK_SURVEY_TOKEN WHERE TOKEN_HASH = ?", Integer.class, tokenHash) > 0;
    }

    public void addToken(long invitationId, String tokenHash, AnswerChannel channel, Instant at) {
        jdbc.update("INSERT INTO LK_SURVEY_TOKEN (TOKEN_HASH, INVITATION_ID, CHANNEL, CREATED_AT) VALUES (?, ?, ?, ?)",
                tokenHash, invitationId, channel.name(), at.toEpochMilli());
    }

    /** The invitation of an order, or null. */
    public Invitation ofOrder(String orderOrigin, String orderId) {
        List<Invitation> found = jdbc.query("SELECT " + COLUMNS + " FROM LK_SURVEY_INVITATION i WHERE i.ORDER_ORIGIN = ? "
                + "AND i.ORDER_ID = ?", new InvitationMapper(), orderOrigin, orderId);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The invitation a token opens, with the token's channel, or null for an unknown token. */
    public Opened open(String tokenHash) {
        List<Opened> found = jdbc.query("SELECT " + COLUMNS + ", t.CHANNEL AS TOKEN_CHANNEL FROM LK_SURVEY_TOKEN t "
                + "JOIN LK_SURVEY_INVITATION i ON i.ID = t.INVITATION_ID WHERE t.TOKEN_HASH = ?", new RowMapper<Opened>() {
                    @Override
                    public Opened mapRow(ResultSet rs, int rowNum) throws SQLException {
                        return new Opened(new InvitationMapper().mapRow(rs, rowNum),
                                AnswerChannel.valueOf(rs.getString("TOKEN_CHANNEL")));
                    }
                }, tokenHash);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Records that the customer asks not to be invited again, and closes the invitation whose link they used (it
     * expires now); idempotent.
     */
    public void optOut(Invitation invitation, Instant at) {
        jdbc.update("UPDATE LK_SURVEY_INVITATION SET EXPIRES_AT = ? WHERE ID = ? AND EXPIRES_AT > ?", at.toEpochMilli(),
                invitation.id(), at.toEpochMilli());
        if (invitation.customerId() == null || optedOut(invitation.customerId())) {
            return;
        }
        try {
            jdbc.update("INSERT INTO LK_SURVEY_OPT_OUT (CUSTOMER_ID, OPTED_OUT_AT) VALUES (?, ?)",
                    invitation.customerId(), at.toEpochMilli());
        } catch (RuntimeException e) {
            if (!DuplicateKeys.isDuplicateKey(e)) { // opted out meanwhile, on another tab or node
                throw e;
            }
        }
    }

    /** Whether the customer asked not to be invited again. */
    public boolean optedOut(String customerId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM LK_SURVEY_OPT_OUT WHERE CUSTOMER_ID = ?", Long.class,
                customerId) > 0;
    }

    /** Every customer who asked not to be invited again. */
    public Set<String> optedOut() {
        return new HashSet<String>(jdbc.queryForList("SELECT CUSTOMER_ID FROM LK_SURVEY_OPT_OUT", String.class));
    }

    /** Marks it answered; false when it was answered already (by another token or another node). */
    public boolean markAnswered(long invitationId, Instant at) {
        return jdbc.update("UPDATE LK_SURVEY_INVITATION SET ANSWERED_AT = ? WHERE ID = ? AND ANSWERED_AT IS NULL",
                at.toEpochMilli(), invitationId) == 1;
    }

    /** When the customer was last invited, or null. */
    public Instant lastInvited(String customerId) {
        Long last = jdbc.queryForObject("SELECT MAX(ISSUED_AT) FROM LK_SURVEY_INVITATION WHERE CUSTOMER_ID = ?",
                Long.class, customerId);
        return last == null ? null : Instant.ofEpochMilli(last);
    }

    /**
     * Wave invitations still valid whose link was not sent yet, oldest first: never claimed, or claimed by a node
     * that began sending before {@code abandonedBefore} and never finished (it stopped or lost its connection).
     */
    public List<Invitation> undeliveredWaves(Instant now, Instant abandonedBefore) {
        return jdbc.query("SELECT " + COLUMNS + " FROM LK_SURVEY_INVITATION i WHERE i.CHANNEL = ? AND (i.DELIVERED_AT IS NULL "
                + "OR (i.DELIVERED_AT < 0 AND i.DELIVERED_AT > ?)) AND i.ANSWERED_AT IS NULL AND i.EXPIRES_AT > ? "
                + "AND i.CUSTOMER_ID IS NOT NULL ORDER BY i.ID", new InvitationMapper(), InvitationChannel.WAVE.name(),
                -abandonedBefore.toEpochMilli(), now.toEpochMilli());
    }

    /**
     * Invitations due for their one reminder, oldest first: issued to a registered customer in [{@code issuedFrom},
     * {@code issuedUntil}], still open (not answered, not expired), the customer's latest invitation (a newer one
     * asks again anyway), a wave's only once its e-mail went out, the customer not opted out, and no reminder sent
     * or being sent (a claim before {@code abandonedBefore} was abandoned).
     */
    public List<Invitation> dueReminders(Instant now, Instant issuedFrom, Instant issuedUntil, Instant abandonedBefore) {
        return jdbc.query("SELECT " + COLUMNS + " FROM LK_SURVEY_INVITATION i WHERE i.ISSUED_AT >= ? AND i.ISSUED_AT <= ? "
                + "AND i.CUSTOMER_ID IS NOT NULL AND i.ANSWERED_AT IS NULL AND i.EXPIRES_AT > ? "
                + "AND (i.REMINDED_AT IS NULL OR (i.REMINDED_AT < 0 AND i.REMINDED_AT > ?)) "
                + "AND (i.CHANNEL <> ? OR i.DELIVERED_AT > 0) "
                + "AND NOT EXISTS (SELECT 1 FROM LK_SURVEY_INVITATION n WHERE n.CUSTOMER_ID = i.CUSTOMER_ID "
                + "AND n.ISSUED_AT > i.ISSUED_AT) "
                + "AND NOT EXISTS (SELECT 1 FROM LK_SURVEY_OPT_OUT o WHERE o.CUSTOMER_ID = i.CUSTOMER_ID) ORDER BY i.ID",
                new InvitationMapper(), issuedFrom.toEpochMilli(), issuedUntil.toEpochMilli(), now.toEpochMilli(),
                -abandonedBefore.toEpochMilli(), InvitationChannel.WAVE.name());
    }

    /**
     * Claims this e-mail of the invitation for this node (its column becomes minus now): true when it was not sent,
     * no other node sends it, and the invitation is still open (not answered, not expired, its customer has not
     * opted out), so that an e-mail goes out once, whichever nodes send, and never after an answer.
     */
    public boolean claim(SurveyMail mail, long invitationId, Instant now, Instant abandonedBefore) {
        String column = mail.column();
        return jdbc.update("UPDATE LK_SURVEY_INVITATION SET " + column + " = ? WHERE ID = ? AND (" + column + " IS NULL "
                + "OR (" + column + " < 0 AND " + column + " > ?)) AND ANSWERED_AT IS NULL AND EXPIRES_AT > ? "
                + "AND NOT EXISTS (SELECT 1 FROM LK_SURVEY_OPT_OUT o WHERE o.CUSTOMER_ID = LK_SURVEY_INVITATION.CUSTOMER_ID)",
                -now.toEpochMilli(), invitationId, -abandonedBefore.toEpochMilli(), now.toEpochMilli()) == 1;
    }

    /** Gives a claimed e-mail back after a failed send: the next run retries it. */
    public void release(SurveyMail mail, long invitationId) {
        jdbc.update("UPDATE LK_SURVEY_INVITATION SET " + mail.column() + " = NULL WHERE ID = ? AND " + mail.column()
                + " < 0", invitationId);
    }

    /** Records that the e-mail was sent. */
    public void markSent(SurveyMail mail, long invitationId, Instant at) {
        jdbc.update("UPDATE LK_SURVEY_INVITATION SET " + mail.column() + " = ? WHERE ID = ?", at.toEpochMilli(),
                invitationId);
    }

    /** Customers invited in [from, to). */
    public Set<String> invitedBetween(Instant from, Instant to) {
        return new HashSet<String>(jdbc.queryForList("SELECT DISTINCT CUSTOMER_ID FROM LK_SURVEY_INVITATION "
                + "WHERE ISSUED_AT >= ? AND ISSUED_AT < ? AND CUSTOMER_ID IS NOT NULL", String.class, from.toEpochMilli(),
                to.toEpochMilli()));
    }

    /** An invitation and the channel of the token that opened it. */
    public static final class Opened {
        private final Invitation invitation;
        private final AnswerChannel channel;

        public Opened(Invitation invitation, AnswerChannel channel) {
            this.invitation = invitation;
            this.channel = channel;
        }

        public Invitation invitation() {
            return invitation;
        }

        public AnswerChannel channel() {
            return channel;
        }
    }

    private static final class InvitationMapper implements RowMapper<Invitation> {
        @Override
        public Invitation mapRow(ResultSet rs, int rowNum) throws SQLException {
            long answeredAt = rs.getLong("ANSWERED_AT");
            boolean open = rs.wasNull();
            return new Invitation(rs.getLong("ID"), rs.getString("CUSTOMER_ID"), rs.getString("ORDER_ORIGIN"),
                    rs.getString("ORDER_ID"), InvitationChannel.valueOf(rs.getString("CHANNEL")),
                    Segment.valueOf(rs.getString("SEGMENT")), Instant.ofEpochMilli(rs.getLong("ISSUED_AT")),
                    Instant.ofEpochMilli(rs.getLong("EXPIRES_AT")), open ? null : Instant.ofEpochMilli(answeredAt));
        }
    }
}
