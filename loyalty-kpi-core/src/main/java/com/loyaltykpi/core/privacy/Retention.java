package com.loyaltykpi.core.privacy;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Purges what serves a shopper once it is older than the retention period (default 24 months): survey comments,
 * link tokens, and the customer and order links of invitations and answers. The scores, segments and dates stay:
 * every aggregate, and any rebuild of it, is unchanged. Scheduled daily; each run is one transaction.
 */
public class Retention {

    private static final Log LOG = LogFactory.getLog(Retention.class);

    private final JdbcTemplate jdbc;
    private final int months;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    /** @param months how long personal survey data is kept; 0 or less keeps it until erased */
    public Retention(JdbcTemplate jdbc, int months, TransactionTemplate newTransaction, Clock clock) {
        this.jdbc = jdbc;
        this.months = months;
        this.newTransaction = newTransaction;
        this.clock = clock;
    }

    /** The instant before which personal survey data is purged, or null when nothing is. */
    public Instant cutoff() {
        return months <= 0 ? null : clock.instant().atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
    }

    /** Purges what is older than the cutoff; returns how many rows changed. */
    public int purge() {
        final Instant cutoff = cutoff();
        if (cutoff == null) {
            return 0;
        }
        final long before = cutoff.toEpochMilli();
        int rows = newTransaction.execute(new TransactionCallback<Integer>() {
            @Override
            public Integer doInTransaction(TransactionStatus status) {
                int changed = jdbc.update("DELETE FROM LK_SURVEY_TOKEN WHERE INVITATION_ID IN (SELECT ID FROM "
                        + "LK_SURVEY_INVITATION WHERE ISSUED_AT < ?)", before);
                changed += jdbc.update("UPDATE LK_SURVEY_ANSWER SET CUSTOMER_ID = NULL, ORDER_ID = NULL, COMMENT_TEXT = NULL "
                        + "WHERE ANSWERED_AT < ? AND (CUSTOMER_ID IS NOT NULL OR ORDER_ID IS NOT NULL OR COMMENT_TEXT IS NOT NULL)",
                        before);
                changed += jdbc.update("UPDATE LK_SURVEY_FOLLOW_UP SET NOTE_TEXT = NULL, CLOSED_BY = NULL WHERE OPENED_AT < ? "
                        + "AND (NOTE_TEXT IS NOT NULL OR CLOSED_BY IS NOT NULL)", before);
                changed += jdbc.update("UPDATE LK_SURVEY_INVITATION SET CUSTOMER_ID = NULL, ORDER_ORIGIN = NULL, ORDER_ID = NULL "
                        + "WHERE ISSUED_AT < ? AND EXPIRES_AT < ? AND (CUSTOMER_ID IS NOT NULL OR ORDER_ID IS NOT NULL)",
                        before, before);
                return changed;
            }
        });
        if (rows > 0) {
            LOG.info("Loyalty: retention purged personal survey data older than " + cutoff + " (" + rows + " rows)");
        }
        return rows;
    }
}
