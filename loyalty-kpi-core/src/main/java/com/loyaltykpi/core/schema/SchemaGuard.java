package com.loyaltykpi.core.schema;

import com.loyaltykpi.core.support.SqlDialect;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

/**
 * Makes sure the module's tables carry the unique keys that make every write idempotent, and the indexes its
 * queries need, whoever created the tables. Hibernate 4.1's hbm2ddl "update" creates new tables without their
 * composite unique keys, so relying on it would let a replayed order count twice. Runs at startup: checks the
 * database's own metadata, creates what is missing, and says loudly what it could not do.
 */
public class SchemaGuard {

    /** The module's tables, as the shipped DDL and the entity mappings declare them. */
    public static final List<String> TABLES = Arrays.asList("LK_ORDER_FACT", "LK_CAPTURE_SKIP", "LK_MEMBERSHIP",
            "LK_JOB_STATE", "LK_FACT_CHANGE", "LK_ROLLUP", "LK_CALENDAR", "LK_SETTING", "LK_LOCK",
            "LK_SURVEY_INVITATION", "LK_SURVEY_TOKEN", "LK_SURVEY_ANSWER", "LK_SURVEY_CHANGE", "LK_SURVEY_ROLLUP",
            "LK_SURVEY_OPT_OUT", "LK_ERASURE", "LK_AUDIT_EVENT", "LK_SURVEY_FOLLOW_UP", "LK_MIX_ROLLUP",
            "LK_CUSTOMER_MODEL", "LK_BEHAVIOUR_FIT", "LK_BEHAVIOUR_CHECK", "LK_BEHAVIOUR_SEGMENT",
            "LK_BEHAVIOUR_CUT", "LK_OFFER_RULE", "LK_OFFER_ASSIGNMENT", "LK_COHORT");

    /** Every unique key and index the module relies on; the shipped DDL creates the same. */
    public static final List<IndexSpec> INDEXES = Arrays.asList(
            IndexSpec.unique("LK_ORDER_FACT_ORDER", "LK_ORDER_FACT", "ORIGIN", "ORDER_ID"),
            IndexSpec.plain("LK_ORDER_FACT_SUBMITTED", "LK_ORDER_FACT", "SUBMITTED_AT", "ID"),
            IndexSpec.plain("LK_ORDER_FACT_CUSTOMER", "LK_ORDER_FACT", "CUSTOMER_ID", "SUBMITTED_AT"),
            IndexSpec.plain("LK_ORDER_FACT_RECORDED", "LK_ORDER_FACT", "RECORDED_AT"),
            IndexSpec.plain("LK_ORDER_FACT_CANCELLED", "LK_ORDER_FACT", "CANCELLED_AT"),
            IndexSpec.plain("LK_FACT_CHANGE_CUSTOMER", "LK_FACT_CHANGE", "CUSTOMER_ID"),
            IndexSpec.unique("LK_CAPTURE_SKIP_ORDER", "LK_CAPTURE_SKIP", "ORIGIN", "ORDER_ID"),
            IndexSpec.unique("LK_MEMBERSHIP_OPEN", "LK_MEMBERSHIP", "CUSTOMER_ID", "OPEN_GUARD"),
            IndexSpec.plain("LK_MEMBERSHIP_ENROLLED", "LK_MEMBERSHIP", "ENROLLED_AT"),
            IndexSpec.plain("LK_MEMBERSHIP_LEFT", "LK_MEMBERSHIP", "LEFT_AT"),
            IndexSpec.unique("LK_SURVEY_INVITATION_ORDER", "LK_SURVEY_INVITATION", "ORDER_ORIGIN", "ORDER_ID"),
            IndexSpec.unique("LK_SURVEY_INVITATION_WAVE", "LK_SURVEY_INVITATION", "CUSTOMER_ID", "WAVE_AT"),
            IndexSpec.plain("LK_SURVEY_INVITATION_CUSTOMER", "LK_SURVEY_INVITATION", "CUSTOMER_ID", "ISSUED_AT"),
            IndexSpec.plain("LK_SURVEY_INVITATION_ISSUED", "LK_SURVEY_INVITATION", "ISSUED_AT"),
            IndexSpec.unique("LK_SURVEY_ANSWER_INVITATION", "LK_SURVEY_ANSWER", "INVITATION_ID"),
            IndexSpec.plain("LK_SURVEY_ANSWER_ANSWERED", "LK_SURVEY_ANSWER", "ANSWERED_AT", "ID"),
            IndexSpec.plain("LK_SURVEY_ANSWER_CUSTOMER", "LK_SURVEY_ANSWER", "CUSTOMER_ID"),
            IndexSpec.unique("LK_SURVEY_FOLLOW_UP_INVITATION", "LK_SURVEY_FOLLOW_UP", "INVITATION_ID"),
            IndexSpec.plain("LK_SURVEY_FOLLOW_UP_OPENED", "LK_SURVEY_FOLLOW_UP", "OPENED_AT"),
            IndexSpec.plain("LK_SURVEY_FOLLOW_UP_CLOSED", "LK_SURVEY_FOLLOW_UP", "CLOSED_AT"),
            IndexSpec.unique("LK_ERASURE_SUBJECT", "LK_ERASURE", "KIND", "ORIGIN", "SUBJECT_ID"),
            IndexSpec.plain("LK_AUDIT_EVENT_HAPPENED", "LK_AUDIT_EVENT", "HAPPENED_AT", "ID"),
            IndexSpec.plain("LK_CUSTOMER_MODEL_SEGMENT", "LK_CUSTOMER_MODEL", "CURRENCY", "SEGMENT"),
            IndexSpec.plain("LK_OFFER_ASSIGNMENT_CUSTOMER", "LK_OFFER_ASSIGNMENT", "CUSTOMER_ID", "TO_AT"),
            IndexSpec.plain("LK_OFFER_ASSIGNMENT_PUBLISHED", "LK_OFFER_ASSIGNMENT", "PUBLISHED"));

    /**
     * On MariaDB and MySQL, the comment column (and the follow-up's note) must hold any text a shopper types (emoji included): utf8mb4, even
     * where the shop's database (and so a table Hibernate created) uses utf8mb3.
     */
    static final String UNICODE_COMMENTS = "ALTER TABLE LK_SURVEY_ANSWER MODIFY COMMENT_TEXT VARCHAR(10000) "
            + "CHARACTER SET utf8mb4";

    /** The same for what operators write when they close a follow-up. */
    static final String UNICODE_NOTES = "ALTER TABLE LK_SURVEY_FOLLOW_UP MODIFY NOTE_TEXT VARCHAR(2000) "
            + "CHARACTER SET utf8mb4";

    /**
     * Tables of earlier versions that nothing reads any more and that would keep personal data out of reach of an
     * erasure: dropped at startup. LK_CUSTOMER_PERIOD held each customer's orders per period; the rollups now read
     * them from the facts.
     */
    static final List<String> OBSOLETE_TABLES = Arrays.asList("LK_CUSTOMER_PERIOD");

    private static final Log LOG = LogFactory.getLog(SchemaGuard.class);

    private final DataSource dataSource;

    public SchemaGuard(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Checks the schema and completes it: what it created, and what is still wrong. */
    public SchemaCheck ensure() {
        List<String> created = new ArrayList<String>();
        List<String> problems = new ArrayList<String>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String table : TABLES) {
                if (!tableExists(meta, table)) {
                    problems.add("table " + table + " is missing");
                }
            }
            if (problems.isEmpty()) {
                for (IndexSpec index : INDEXES) {
                    ensure(connection, index, created, problems);
                }
                ensureUnicodeComments(connection, created, problems);
                ColumnUpgrades.ensure(connection, created, problems);
                dropObsoleteTables(connection, created, problems);
            }
        } catch (SQLException e) {
            problems.add("the schema could not be checked: " + e.getMessage());
        }
        for (String problem : problems) {
            LOG.error("Loyalty: " + problem + ". Run the DDL shipped in the loyalty-kpi-core jar under "
                    + "config/loyalty-kpi/sql/ (see README, Install); until then order capture fails and "
                    + "reconciliation retries it.");
        }
        return new SchemaCheck(created, problems);
    }

    private void ensure(Connection connection, IndexSpec index, List<String> created, List<String> problems)
            throws SQLException {
        if (hasIndex(connection.getMetaData(), index)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(index.createStatement());
            created.add(index.name());
            LOG.info("Loyalty: created missing index: " + index.createStatement());
        } catch (SQLException e) {
            if (!hasIndex(connection.getMetaData(), index)) { // another node may have created it meanwhile
                problems.add("index " + index.name() + " is missing and could not be created (" + e.getMessage()
                        + "); run: " + index.createStatement());
            }
        }
    }

    private static void dropObsoleteTables(Connection connection, List<String> dropped, List<String> problems)
            throws SQLException {
        for (String table : OBSOLETE_TABLES) {
            if (!tableExists(connection.getMetaData(), table)) {
                continue;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE " + table);
                dropped.add("dropped " + table);
                LOG.info("Loyalty: dropped the table " + table + ", which this version no longer uses");
            } catch (SQLException e) {
                if (tableExists(connection.getMetaData(), table)) { // another node may have dropped it meanwhile
                    problems.add("the table " + table + " is no longer used and could not be dropped (" + e.getMessage()
                            + "); run: DROP TABLE " + table);
                }
            }
        }
    }

    private static void ensureUnicodeComments(Connection connection, List<String> created, List<String> problems)
            throws SQLException {
        if (SqlDialect.of(connection.getMetaData()) != SqlDialect.MARIADB) {
            return;
        }
        ensureUnicode(connection, "LK_SURVEY_ANSWER", "COMMENT_TEXT", UNICODE_COMMENTS, created, problems);
        ensureUnicode(connection, "LK_SURVEY_FOLLOW_UP", "NOTE_TEXT", UNICODE_NOTES, created, problems);
    }

    private static void ensureUnicode(Connection connection, String table, String column, String alter,
                                      List<String> created, List<String> problems) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT CHARACTER_SET_NAME FROM information_schema.COLUMNS WHERE "
                     + "TABLE_SCHEMA = DATABASE() AND UPPER(TABLE_NAME) = '" + table + "' AND "
                     + "UPPER(COLUMN_NAME) = '" + column + "'")) {
            if (!rs.next() || "utf8mb4".equalsIgnoreCase(rs.getString(1))) {
                return;
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(alter);
            created.add(table + "." + column + " utf8mb4");
            LOG.info("Loyalty: text stored as utf8mb4: " + alter);
        } catch (SQLException e) {
            problems.add(table + "." + column + " cannot hold every character (" + e.getMessage() + "); run: " + alter);
        }
    }

    private static boolean tableExists(DatabaseMetaData meta, String table) throws SQLException {
        try (ResultSet rs = meta.getTables(null, null, stored(meta, table), new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    /** Whether some index (of any name) covers exactly these columns in this order, unique if required. */
    private static boolean hasIndex(DatabaseMetaData meta, IndexSpec spec) throws SQLException {
        Map<String, List<String>> columnsByIndex = new HashMap<String, List<String>>();
        Map<String, Boolean> uniqueByIndex = new HashMap<String, Boolean>();
        try (ResultSet rs = meta.getIndexInfo(null, null, stored(meta, spec.table()), false, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                if (index == null || column == null) {
                    continue;
                }
                List<String> columns = columnsByIndex.get(index);
                if (columns == null) {
                    columns = new ArrayList<String>();
                    columnsByIndex.put(index, columns);
                }
                int position = rs.getInt("ORDINAL_POSITION");
                while (columns.size() < position) {
                    columns.add(null);
                }
                columns.set(position - 1, column.toUpperCase(Locale.ROOT));
                uniqueByIndex.put(index, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        for (Map.Entry<String, List<String>> index : columnsByIndex.entrySet()) {
            if (index.getValue().equals(spec.columns()) && (!spec.isUnique() || uniqueByIndex.get(index.getKey()))) {
                return true;
            }
        }
        return false;
    }

    static String stored(DatabaseMetaData meta, String identifier) throws SQLException {
        if (meta.storesLowerCaseIdentifiers()) {
            return identifier.toLowerCase(Locale.ROOT);
        }
        return meta.storesUpperCaseIdentifiers() ? identifier.toUpperCase(Locale.ROOT) : identifier;
    }
}
