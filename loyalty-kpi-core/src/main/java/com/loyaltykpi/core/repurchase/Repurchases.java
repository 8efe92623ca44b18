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
 * the answer, per NPS group and segment (member or not at the answered order): one row per answer, its orders
 * counted and summed through the facts' customer index; kept until the data changes. Descriptive: customers
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

    /** Adds a value, its square and its cube to the sums from {@code at} on. */
    private static void add(double[] sums, int at, double value) {
        sums[at] += value;
        sums[at + 1] += value * value;
        sums[at + 2] += value * value * value;
    }

    /** Per NPS group (promoters first) and segment (members first), for answers given in [from, to) in this currency. */
    public List<Repurchase> of(Instant from, Instant to, String currency) {
        Instant until = countedUntil(to);
        return kept.get(Arrays.<Object>asList(from, until, currency), () -> compute(from, until, currency));
    }

    private List<Repurchase> compute(Instant from, Instant until, String currency) {
        final Map<String, double[]> sums = new HashMap<String, double[]>();
        if (from.isBefore(until)) {
            String window = " FROM LK_ORDER_FACT f WHERE f.CUSTOMER_ID = a.CUSTOMER_ID AND f.SUBMITTED_AT > a.ANSWERED_AT "
                    + "AND f.SUBMITTED_AT <= a.ANSWERED_AT + " + WINDOW.toMillis() + " AND f.STATUS = 'SUBMITTED' "
                    + "AND f.CURRENCY = ?)";
            // one row per answer, its 90 days read through the facts' customer index; summed here
            jdbc.query("SELECT a.SEGMENT, a.RECOMMEND, (SELECT COUNT(*)" + window + ", (SELECT COALESCE(SUM(f.REVENUE), 0)"
                    + window + " FROM LK_SURVEY_ANSWER a WHERE a.CUSTOMER_ID IS NOT NULL AND a.RECOMMEND IS NOT NULL "
                    + "AND a.ANSWERED_AT >= ? AND a.ANSWERED_AT < ?", new RowCallbackHandler() {
                        @Override
                        public void processRow(ResultSet rs) throws SQLException {
                            double[] s = sums.computeIfAbsent(rs.getString(1) + "|" + NpsGroup.of(rs.getInt(2)),
                                    k -> new double[7]);
                            double orders = rs.getLong(3);
                            double revenue = rs.getDouble(4);
                            s[0]++;
                            add(s, 1, orders);
                            add(s, 4, revenue);
                        }
                    }, currency, currency, from.toEpochMilli(), until.toEpochMilli());
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
