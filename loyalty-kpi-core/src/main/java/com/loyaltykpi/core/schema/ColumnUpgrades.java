package com.loyaltykpi.core.schema;

import com.loyaltykpi.core.mix.ValueSteps;
import com.loyaltykpi.core.support.SqlDialect;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The columns that versions after the first changed, brought up to date at startup on tables an earlier version
 * created (a shop that ran the DDL of that version, or whose Hibernate "update" cannot change a column):
 * LK_SURVEY_ANSWER.RECOMMEND may be null (the recommendation follows the one-click satisfaction score),
 * LK_SURVEY_ANSWER.FOLLOWED_UP_AT says when that follow-up came (answers of earlier versions, always whole, have
 * a recommendation score and need none), and LK_SURVEY_ROLLUP.RECOMMEND_ANSWERS counts the answers behind the
 * NPS; LK_SURVEY_INVITATION.REMINDED_AT records the one reminder e-mail; LK_SURVEY_ROLLUP.WAVE_INVITATIONS and
 * WAVE_ANSWERED count the wave invitations apart, and LK_SURVEY_CHANGE.CHANNEL, ORDER_CURRENCY and VALUE_STEP
 * carry what the rollups need of the invitation and its order;
 * LK_SURVEY_ANSWER.ORDER_CURRENCY and VALUE_STEP keep the answered order's place in the order mix after the link to
 * the order is removed (filled in from the orders once, when added); LK_ORDER_FACT.DISCOUNT records the order's
 * discounts (empty for the facts of earlier versions: not recorded). The rollups are rebuilt after the upgrade (the aggregation's layout version), so the new column's zeros
 * never reach a KPI.
 */
final class ColumnUpgrades {

    /** Columns added since the first version: table, column, and the statement that adds it. */
    private static final String[][] ADDED = {
        {"LK_SURVEY_ROLLUP", "RECOMMEND_ANSWERS", "ALTER TABLE LK_SURVEY_ROLLUP ADD RECOMMEND_ANSWERS BIGINT DEFAULT 0 NOT NULL"},
        {"LK_SURVEY_ANSWER", "FOLLOWED_UP_AT", "ALTER TABLE LK_SURVEY_ANSWER ADD FOLLOWED_UP_AT BIGINT"},
        {"LK_SURVEY_INVITATION", "REMINDED_AT", "ALTER TABLE LK_SURVEY_INVITATION ADD REMINDED_AT BIGINT"},
        {"LK_SURVEY_ROLLUP", "WAVE_INVITATIONS", "ALTER TABLE LK_SURVEY_ROLLUP ADD WAVE_INVITATIONS BIGINT DEFAULT 0 NOT NULL"},
        {"LK_SURVEY_ROLLUP", "WAVE_ANSWERED", "ALTER TABLE LK_SURVEY_ROLLUP ADD WAVE_ANSWERED BIGINT DEFAULT 0 NOT NULL"},
        {"LK_SURVEY_CHANGE", "CHANNEL", "ALTER TABLE LK_SURVEY_CHANGE ADD CHANNEL VARCHAR(16)"},
        {"LK_SURVEY_CHANGE", "ORDER_CURRENCY", "ALTER TABLE LK_SURVEY_CHANGE ADD ORDER_CURRENCY VARCHAR(3)"},
        {"LK_SURVEY_CHANGE", "VALUE_STEP", "ALTER TABLE LK_SURVEY_CHANGE ADD VALUE_STEP INTEGER"},
        {"LK_SURVEY_ANSWER", "ORDER_CURRENCY", "ALTER TABLE LK_SURVEY_ANSWER ADD ORDER_CURRENCY VARCHAR(3)"},
        {"LK_SURVEY_ANSWER", "VALUE_STEP", "ALTER TABLE LK_SURVEY_ANSWER ADD VALUE_STEP INTEGER"},
        {"LK_ORDER_FACT", "DISCOUNT", "ALTER TABLE LK_ORDER_FACT ADD DISCOUNT DECIMAL(19,5)"},
    };

    private static final Log LOG = LogFactory.getLog(ColumnUpgrades.class);

    private ColumnUpgrades() {
    }

    static void ensure(Connection connection, List<String> done, List<String> problems) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        boolean answersWithoutStep = nullable(meta, "LK_SURVEY_ANSWER", "VALUE_STEP") == null;
        for (String[] added : ADDED) {
            if (nullable(meta, added[0], added[1]) == null) {
                run(connection, added[2], added[0] + "." + added[1] + " added", done, problems);
            }
        }
        if (answersWithoutStep && problems.isEmpty()) {
            run(connection, answersOrderMix(SqlDialect.of(meta)), "LK_SURVEY_ANSWER.VALUE_STEP filled in from the orders",
                    done, problems);
        }
        if (Boolean.FALSE.equals(nullable(meta, "LK_SURVEY_ANSWER", "RECOMMEND"))) {
            run(connection, recommendNullable(meta), "LK_SURVEY_ANSWER.RECOMMEND may be null", done, problems);
        }
    }

    /** Gives the answers of an earlier version the currency and value step of their orders, where still linked. */
    static String answersOrderMix(SqlDialect dialect) {
        String order = " FROM LK_SURVEY_INVITATION i JOIN LK_ORDER_FACT f ON f.ORIGIN = i.ORDER_ORIGIN AND f.ORDER_ID = "
                + "i.ORDER_ID WHERE i.ID = LK_SURVEY_ANSWER.INVITATION_ID)";
        return "UPDATE LK_SURVEY_ANSWER SET ORDER_CURRENCY = (SELECT f.CURRENCY" + order + ", VALUE_STEP = (SELECT "
                + ValueSteps.sql(dialect, "f.REVENUE") + order;
    }

    /** The statement that lets LK_SURVEY_ANSWER.RECOMMEND be null, in this database's words. */
    static String recommendNullable(DatabaseMetaData meta) throws SQLException {
        switch (SqlDialect.of(meta)) {
            case POSTGRESQL:
                return "ALTER TABLE LK_SURVEY_ANSWER ALTER COLUMN RECOMMEND DROP NOT NULL";
            case MARIADB:
                return "ALTER TABLE LK_SURVEY_ANSWER MODIFY RECOMMEND INTEGER NULL";
            default:
                return "ALTER TABLE LK_SURVEY_ANSWER ALTER COLUMN RECOMMEND SET NULL";
        }
    }

    /** Whether the column may be null; null when the table has no such column. */
    private static Boolean nullable(DatabaseMetaData meta, String table, String column) throws SQLException {
        try (ResultSet rs = meta.getColumns(null, null, SchemaGuard.stored(meta, table),
                SchemaGuard.stored(meta, column))) {
            return rs.next() ? Boolean.valueOf(rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls) : null;
        }
    }

    private static void run(Connection connection, String sql, String what, List<String> done, List<String> problems) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            done.add(what);
            LOG.info("Loyalty: upgraded a column: " + sql);
        } catch (SQLException e) {
            problems.add("a column of an earlier version could not be upgraded (" + e.getMessage() + "); run: " + sql);
        }
    }
}
