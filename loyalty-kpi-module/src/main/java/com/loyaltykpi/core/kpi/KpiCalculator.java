package com.loyaltykpi.core.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.Map;

/**
 * The formulas of KPIS.md, applied to rollup measures. A ratio whose denominator is zero or undefined is
 * undefined (null), never 0, NaN or infinity.
 */
public final class KpiCalculator {

    private static final MathContext MATH = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private KpiCalculator() {
    }

    /** The KPIs of one segment in period P, given the same segment in P-1 and one year earlier (either may be null). */
    public static Map<Kpi, BigDecimal> segment(Measures p, Measures previous, Measures yearEarlier) {
        Map<Kpi, BigDecimal> values = new EnumMap<Kpi, BigDecimal>(Kpi.class);
        values.put(Kpi.ORDERS, BigDecimal.valueOf(p.orders()));
        values.put(Kpi.REVENUE, p.revenue());
        values.put(Kpi.CUSTOMERS, BigDecimal.valueOf(p.customers()));
        values.put(Kpi.AOV, aov(p));
        values.put(Kpi.AOV_CHANGE, change(aov(p), aov(previous)));
        values.put(Kpi.AOV_CHANGE_YOY, change(aov(p), aov(yearEarlier)));
        values.put(Kpi.MARGIN, margin(p));
        values.put(Kpi.MARGIN_COVERAGE, ratio(p.costKnownRevenue(), p.revenue()));
        values.put(Kpi.MARGIN_CHANGE, points(margin(p), margin(previous)));
        values.put(Kpi.FREQUENCY, ratio(BigDecimal.valueOf(p.orders()), BigDecimal.valueOf(p.customers())));
        values.put(Kpi.REPEAT_RATE, ratio(BigDecimal.valueOf(p.repeatCustomers()), BigDecimal.valueOf(p.customers())));
        return values;
    }

    /** Adds the program-level KPIs of period P (its segments now and in P-1) to the values of its ALL row. */
    public static void program(Map<Kpi, BigDecimal> all, Map<Segment, Measures> p, Map<Segment, Measures> previous,
                        long members, long newMembers) {
        BigDecimal memberAov = aov(p.get(Segment.MEMBER));
        BigDecimal nonMemberAov = aov(p.get(Segment.NON_MEMBER));
        BigDecimal gap = memberAov == null || nonMemberAov == null ? null : memberAov.subtract(nonMemberAov);
        all.put(Kpi.AOV_GAP, gap);
        all.put(Kpi.AOV_UPLIFT, ratio(gap, nonMemberAov));
        all.put(Kpi.AOV_GAP_OVER_TOTAL, ratio(gap, aov(p.get(Segment.ALL))));
        BigDecimal share = memberShare(p);
        all.put(Kpi.MEMBER_SHARE, share);
        all.put(Kpi.MEMBER_SHARE_CHANGE, points(share, previous == null ? null : memberShare(previous)));
        all.put(Kpi.MARGIN_GAP, points(margin(p.get(Segment.MEMBER)), margin(p.get(Segment.NON_MEMBER))));
        all.put(Kpi.MEMBERS, BigDecimal.valueOf(members));
        all.put(Kpi.NEW_MEMBERS, BigDecimal.valueOf(newMembers));
    }

    private static BigDecimal memberShare(Map<Segment, Measures> period) {
        return ratio(period.get(Segment.MEMBER).revenue(), period.get(Segment.ALL).revenue());
    }

    private static BigDecimal aov(Measures m) {
        return m == null ? null : ratio(m.revenue(), BigDecimal.valueOf(m.orders()));
    }

    private static BigDecimal margin(Measures m) {
        return m == null ? null : ratio(m.costKnownRevenue().subtract(m.cost()), m.costKnownRevenue());
    }

    /** (now - before) / before. */
    private static BigDecimal change(BigDecimal now, BigDecimal before) {
        return now == null || before == null ? null : ratio(now.subtract(before), before);
    }

    /** (now - before) in percentage points. */
    private static BigDecimal points(BigDecimal now, BigDecimal before) {
        return now == null || before == null ? null : now.subtract(before).multiply(HUNDRED);
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, MATH);
    }
}
