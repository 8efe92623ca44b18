package com.loyaltykpi.core.kpi;

import com.loyaltykpi.core.support.SampleVariance;
import com.loyaltykpi.core.period.Measures;
import com.loyaltykpi.core.followup.FollowUpPeriods;
import com.loyaltykpi.core.mix.WeightedMean;
import com.loyaltykpi.core.period.SatisfactionMeasures;
import com.loyaltykpi.core.period.Segment;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The formulas of docs/KPIS.md, applied to rollup measures. A ratio whose denominator is zero or undefined is
 * undefined (null), never 0, NaN or infinity.
 */
public final class KpiCalculator {

    private static final MathContext MATH = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal QUARTER_OF_HUNDRED = BigDecimal.valueOf(25);
    private static final double Z95 = 1.96;

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

    /**
     * Adds the satisfaction KPIs of one segment in period P, given the same segment in P-1 (may be null): answers
     * of the period (by answer date), invitations issued in it and how many of those were answered.
     */
    public static void satisfaction(Map<Kpi, BigDecimal> values, SatisfactionMeasures p, SatisfactionMeasures previous) {
        values.put(Kpi.INVITATIONS, BigDecimal.valueOf(p.invitations()));
        values.put(Kpi.RESPONSE_RATE, ratio(BigDecimal.valueOf(p.answeredInvitations()), BigDecimal.valueOf(p.invitations())));
        values.put(Kpi.RESPONSE_RATE_CHECKOUT, ratio(BigDecimal.valueOf(p.answeredInvitations() - p.waveAnswered()),
                BigDecimal.valueOf(p.invitations() - p.waveInvitations())));
        values.put(Kpi.RESPONSE_RATE_WAVE, ratio(BigDecimal.valueOf(p.waveAnswered()), BigDecimal.valueOf(p.waveInvitations())));
        values.put(Kpi.ANSWERS, BigDecimal.valueOf(p.answers()));
        BigDecimal answers = BigDecimal.valueOf(p.answers());
        values.put(Kpi.CSAT, ratio(BigDecimal.valueOf(p.satisfied()), answers));
        values.put(Kpi.CSI, csi(p));
        values.put(Kpi.CSI_MARGIN, csiMargin(p));
        values.put(Kpi.CSI_CHANGE, difference(csi(p), previous == null ? null : csi(previous)));
        values.put(Kpi.NPS_ANSWERS, BigDecimal.valueOf(p.recommendAnswers()));
        values.put(Kpi.NPS, nps(p));
        values.put(Kpi.NPS_MARGIN, npsMargin(p));
        values.put(Kpi.NPS_CHANGE, difference(nps(p), previous == null ? null : nps(previous)));
    }

    /**
     * Adds the follow-up KPIs of one segment in the period starting at {@code start}: follow-ups opened and closed
     * in it, and the median hours to close of those closed in it (undefined when none was).
     */
    public static void followUps(Map<Kpi, BigDecimal> values, FollowUpPeriods periods, LocalDate start, Segment segment) {
        values.put(Kpi.FOLLOW_UPS_OPENED, BigDecimal.valueOf(periods.opened(start, segment)));
        values.put(Kpi.FOLLOW_UPS_CLOSED, BigDecimal.valueOf(periods.closed(start, segment)));
        values.put(Kpi.FOLLOW_UP_MEDIAN_HOURS, periods.medianHoursToClose(start, segment));
    }

    /** Adds the satisfaction index weighted to the order mix, with its margin (null: too few answers or no orders). */
    public static void weighted(Map<Kpi, BigDecimal> values, WeightedMean weighted) {
        values.put(Kpi.CSI_WEIGHTED, weighted == null ? null : decimal(weighted.csi()));
        values.put(Kpi.CSI_WEIGHTED_MARGIN, weighted == null ? null : decimal(weighted.csiMargin()));
    }

    /** (mean satisfaction - 1) / 4 x 100. */
    private static BigDecimal csi(SatisfactionMeasures m) {
        return ratio(BigDecimal.valueOf(m.satisfactionSum() - m.answers()).multiply(QUARTER_OF_HUNDRED),
                BigDecimal.valueOf(m.answers()));
    }

    /**
     * 1.96 x the standard error of the mean satisfaction (sample standard deviation / sqrt(n)), on the csi scale;
     * undefined below two answers.
     */
    private static BigDecimal csiMargin(SatisfactionMeasures m) {
        long n = m.answers();
        if (n < 2) {
            return null;
        }
        double variance = SampleVariance.of(n, m.satisfactionSum(), m.satisfactionSquares());
        return decimal(Z95 * Math.sqrt(variance / n) * 25);
    }

    /** % promoters (9-10) - % detractors (0-6), of the answers with a recommendation score. */
    private static BigDecimal nps(SatisfactionMeasures m) {
        return ratio(BigDecimal.valueOf(m.promoters() - m.detractors()).multiply(HUNDRED),
                BigDecimal.valueOf(m.recommendAnswers()));
    }

    /**
     * 1.96 x sqrt((p + d - (p - d)^2) / n) x 100, p and d the promoter and detractor shares of the n answers with a
     * recommendation score.
     */
    private static BigDecimal npsMargin(SatisfactionMeasures m) {
        long n = m.recommendAnswers();
        if (n == 0) {
            return null;
        }
        double p = m.promoters() / (double) n;
        double d = m.detractors() / (double) n;
        return decimal(Z95 * Math.sqrt(Math.max(0, p + d - (p - d) * (p - d)) / n) * 100);
    }

    private static BigDecimal decimal(double value) {
        return new BigDecimal(value, MATH);
    }

    private static BigDecimal difference(BigDecimal now, BigDecimal before) {
        return now == null || before == null ? null : now.subtract(before);
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
