package com.loyaltykpi.core.schema;

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
 * NPS; LK_SURVEY_INVITATION.REMINDED_AT records the one reminder e-mail. The rollups are rebuilt after the upgrade (the aggregation's layout version), so the new column's zeros
 * never reach a KPI.
 */
final class ColumnUpgrades {

    static final String ADD_RECOMMEND_ANSWERS =
            "ALTER TABLE LK_SURVEY_ROLLUP ADD RECOMMEND_ANSWERS BIGINT DEFAULT 0 NOT NULL";

    static final String ADD_FOLLOWED_UP_AT = "ALTER TABLE LK_SURVEY_ANSWER ADD FOLLOWED_UP_AT BIGINT";

    static final String ADD_REMINDED_AT = "ALTER TABLE LK_SURVEY_INVITATION ADD REMINDED_AT BIGINT";

    private static final Log LOG = LogFactory.getLog(ColumnUpgrades.class);

    private ColumnUpgrades() {
    }

    static void ensure(Connection connection, List<String> done, List<String> problems) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        if (nullable(meta, "LK_SURVEY_ROLLUP", "RECOMMEND_ANSWERS") == null) {
            run(connection, ADD_RECOMMEND_ANSWERS, "LK_SURVEY_ROLLUP.RECOMMEND_ANSWERS added", done, problems);
        }
        if (nullable(meta, "LK_SURVEY_ANSWER", "FOLLOWED_UP_AT") == null) {
            run(connection, ADD_FOLLOWED_UP_AT, "LK_SURVEY_ANSWER.FOLLOWED_UP_AT added", done, problems);
        }
        if (nullable(meta, "LK_SURVEY_INVITATION", "REMINDED_AT") == null) {
            run(connection, ADD_REMINDED_AT, "LK_SURVEY_INVITATION.REMINDED_AT added", done, problems);
        }
        if (Boolean.FALSE.equals(nullable(meta, "LK_SURVEY_ANSWER", "RECOMMEND"))) {
            run(connection, recommendNullable(meta), "LK_SURVEY_ANSWER.RECOMMEND may be null", done, problems);
        }
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
