package com.loyaltykpi.core.repurchase;

import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.settings.DataVersion;
import com.loyaltykpi.core.settings.KeptResults;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Satisfaction and what customers buy next: for the answers of registered customers with a recommendation score,
 * given in a range and at least 90 days ago, the customer's submitted orders in one currency in the 90 days after
 * the answer, per NPS group and segment (member or not at the answered order). The database sums them per group
 * (one index lookup per answer, on the facts' customer index); kept until the data changes. Descriptive: customers
 * who recommend the shop may buy more because they were buying more already; nothing here says that raising
 * satisfaction raises revenue.
 */
public class Repurchases {

    public static final Duration WINDOW = Duration.ofDays(90);
    private static final int KEPT = 16;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final KeptResults<List<Repurchase>> kept;

    public Repurchases(JdbcTemplate jdbc, DataVersion dataVersion, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.kept = new KeptResults<List<Repurchase>>(dataVersion, KEPT);
    }

    /** The answers counted for a range [from, to): those given in it and at least 90 days ago. */
    public Instant countedUntil(Instant to) {
        Instant windowsEnded = clock.instant().minus(WINDOW);
        return to.isBefore(windowsEnded) ? to : windowsEnded;
    }

    /** Per NPS group (promoters first) and segment (members first), for answers given in [from, to) in this currency. */
    public List<Repurchase> of(Instant from, Instant to, String currency) {
        Instant until = countedUntil(to);
        return kept.get(Arrays.<Object>asList(from, until, currency), () -> compute(from, until, currency));
    }

    private List<Repurchase> compute(Instant from, Instant until, String currency) {
        final Map<String, double[]> sums = new HashMap<String, double[]>();
        if (from.isBefore(until)) {
            jdbc.query("SELECT SEGMENT, NPS_GROUP, COUNT(*), SUM(N), SUM(N * N), SUM(N * N * N), SUM(R), SUM(R * R), "
                    + "SUM(R * R * R) FROM (SELECT a.ID, "
                    + "a.SEGMENT AS SEGMENT, " + NpsGroup.sql("a.RECOMMEND") + " AS NPS_GROUP, COUNT(f.ID) AS N, "
                    + "COALESCE(SUM(f.REVENUE), 0) AS R FROM LK_SURVEY_ANSWER a LEFT JOIN LK_ORDER_FACT f "
                    + "ON f.CUSTOMER_ID = a.CUSTOMER_ID AND f.SUBMITTED_AT > a.ANSWERED_AT AND f.SUBMITTED_AT <= "
                    + "a.ANSWERED_AT + " + WINDOW.toMillis() + " AND f.STATUS = 'SUBMITTED' AND f.CURRENCY = ? "
                    + "WHERE a.CUSTOMER_ID IS NOT NULL AND a.RECOMMEND IS NOT NULL AND a.ANSWERED_AT >= ? "
                    + "AND a.ANSWERED_AT < ? GROUP BY a.ID, a.SEGMENT, a.RECOMMEND) x GROUP BY SEGMENT, NPS_GROUP",
                    new RowCallbackHandler() {
                        @Override
                        public void processRow(ResultSet rs) throws SQLException {
                            // trimmed: HSQLDB pads the CASE's labels to the longest one
                            sums.put(rs.getString(1) + "|" + rs.getString(2).trim(), new double[] {rs.getLong(3),
                                rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8),
                                rs.getDouble(9)});
                        }
                    }, currency, from.toEpochMilli(), until.toEpochMilli());
        }
        List<Repurchase> rows = new ArrayList<Repurchase>();
        for (NpsGroup group : NpsGroup.values()) {
            for (Segment segment : new Segment[] {Segment.MEMBER, Segment.NON_MEMBER}) {
                double[] s = sums.containsKey(segment + "|" + group) ? sums.get(segment + "|" + group) : new double[7];
                long n = (long) s[0];
                rows.add(new Repurchase(group, segment, new MeanInterval(n, s[1], s[2], s[3]),
                        new MeanInterval(n, s[4], s[5], s[6])));
            }
        }
        return rows;
    }
}
