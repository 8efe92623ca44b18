package com.loyaltykpi.it.reliability;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the reliability tests check on the shared database, with plain JDBC: the module's facts against
 * Broadleaf's own orders, member flags against the membership history, rollups, and the lock journal.
 */
final class ClusterChecks {

    private final JdbcTemplate jdbc;

    ClusterChecks(String url, String user, String password) {
        this.jdbc = new JdbcTemplate(new DriverManagerDataSource(url, user, password));
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Broadleaf's submitted and cancelled orders: id to status. */
    Map<String, String> platformOrders() {
        Map<String, String> orders = new TreeMap<String, String>();
        jdbc.query("SELECT ORDER_ID, ORDER_STATUS FROM BLC_ORDER WHERE ORDER_STATUS IN ('SUBMITTED', 'CANCELLED')",
                rs -> {
                    orders.put(rs.getString(1), rs.getString(2));
                });
        return orders;
    }

    /** The module's facts of platform orders: id to status (a map: the table's key allows one per order). */
    Map<String, String> platformFacts() {
        Map<String, String> facts = new TreeMap<String, String>();
        jdbc.query("SELECT ORDER_ID, STATUS FROM LK_ORDER_FACT WHERE ORIGIN <> 'import'", rs -> {
            facts.put(rs.getString(1), rs.getString(2));
        });
        return facts;
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** Facts whose member flag differs from the membership history at their submission instant. */
    List<String> memberFlagsAgainstHistory() {
        Map<String, List<long[]>> periods = new HashMap<String, List<long[]>>();
        jdbc.query("SELECT CUSTOMER_ID, ENROLLED_AT, LEFT_AT FROM LK_MEMBERSHIP", rs -> {
            long enrolled = rs.getLong(2);
            long left = rs.getLong(3);
            long until = rs.wasNull() ? Long.MAX_VALUE : left;
            periods.computeIfAbsent(rs.getString(1), k -> new ArrayList<long[]>()).add(new long[] {enrolled, until});
        });
        List<String> wrong = new ArrayList<String>();
        jdbc.query("SELECT ORIGIN, ORDER_ID, CUSTOMER_ID, SUBMITTED_AT, IS_MEMBER FROM LK_ORDER_FACT", rs -> {
            boolean member = false;
            for (long[] period : periods.getOrDefault(rs.getString(3), new ArrayList<long[]>())) {
                member |= period[0] <= rs.getLong(4) && rs.getLong(4) < period[1];
            }
            if (member != rs.getBoolean(5)) {
                wrong.add(rs.getString(1) + ":" + rs.getString(2));
            }
        });
        return wrong;
    }

    /**
     * Every rollup row, as text, in key order. Rows whose every measure is zero are left out: the incremental
     * aggregation may leave one where a rebuild writes none, and every KPI reads both the same.
     */
    List<String> rollups() {
        return jdbc.query("SELECT GRANULARITY, PERIOD_START, SEGMENT, CURRENCY, ORDERS, GUEST_ORDERS, REVENUE, COST, "
                + "COST_KNOWN_REVENUE, CUSTOMERS, REPEAT_CUSTOMERS FROM LK_ROLLUP WHERE ORDERS <> 0 OR GUEST_ORDERS <> 0 "
                + "OR REVENUE <> 0 OR COST <> 0 OR COST_KNOWN_REVENUE <> 0 OR CUSTOMERS <> 0 OR REPEAT_CUSTOMERS <> 0 "
                + "ORDER BY GRANULARITY, PERIOD_START, SEGMENT, CURRENCY", (rs, n) -> {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= 11; i++) {
                        Object value = rs.getObject(i);
                        row.append(value instanceof BigDecimal ? ((BigDecimal) value).stripTrailingZeros().toPlainString() : value).append('|');
                    }
                    return row.toString();
                });
    }

    /** Pairs of recorded holds of one lock that overlap in time (none when the lock works). */
    static List<String> overlappingHolds(Path... journals) throws IOException {
        List<String[]> holds = new ArrayList<String[]>();
        for (Path journal : journals) {
            if (Files.exists(journal)) {
                for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                    holds.add(line.split("\t"));
                }
            }
        }
        holds.sort(Comparator.<String[], String>comparing(h -> h[0]).thenComparingLong(h -> Long.parseLong(h[2])));
        List<String> overlaps = new ArrayList<String>();
        for (int i = 1; i < holds.size(); i++) {
            String[] before = holds.get(i - 1);
            String[] after = holds.get(i);
            if (before[0].equals(after[0]) && Long.parseLong(after[2]) < Long.parseLong(before[3])) {
                overlaps.add(String.join(" ", before) + " / " + String.join(" ", after));
            }
        }
        return overlaps;
    }

    /** How many holds of each lock each node recorded: lock to (node to holds). */
    static Map<String, Map<String, Integer>> holdsByNode(Path... journals) throws IOException {
        Map<String, Map<String, Integer>> counts = new TreeMap<String, Map<String, Integer>>();
        for (Path journal : journals) {
            if (Files.exists(journal)) {
                for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                    String[] hold = line.split("\t");
                    counts.computeIfAbsent(hold[0], k -> new TreeMap<String, Integer>()).merge(hold[1], 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
