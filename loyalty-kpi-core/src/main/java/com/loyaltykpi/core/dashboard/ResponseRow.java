package com.loyaltykpi.core.dashboard;

import com.loyaltykpi.core.kpi.Kpi;
import com.loyaltykpi.core.kpi.KpiRow;
import com.loyaltykpi.core.period.Segment;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One segment's line of the dashboard's "who answers" table, for the range's last period: the checkout invitations,
 * the response rates of checkout and wave invitations, and the satisfaction index raw and weighted to the order mix
 * with their margins, written for the operator (null where undefined: the page says "n/a").
 */
public final class ResponseRow {

    private final String segment;
    private final String invitations;
    private final String checkoutRate;
    private final String waveRate;
    private final String csi;
    private final String csiWeighted;

    private ResponseRow(String segment, String invitations, String checkoutRate, String waveRate, String csi,
                        String csiWeighted) {
        this.segment = segment;
        this.invitations = invitations;
        this.checkoutRate = checkoutRate;
        this.waveRate = waveRate;
        this.csi = csi;
        this.csiWeighted = csiWeighted;
    }

    static ResponseRow of(Segment segment, KpiRow row, Figures figures) {
        return new ResponseRow(segment.name(), shown(row, Kpi.INVITATIONS, figures),
                shown(row, Kpi.RESPONSE_RATE_CHECKOUT, figures), shown(row, Kpi.RESPONSE_RATE_WAVE, figures),
                withMargin(row, Kpi.CSI, Kpi.CSI_MARGIN, figures),
                withMargin(row, Kpi.CSI_WEIGHTED, Kpi.CSI_WEIGHTED_MARGIN, figures));
    }

    private static String shown(KpiRow row, Kpi kpi, Figures figures) {
        BigDecimal value = row.value(kpi);
        return value == null ? null : figures.value(kpi.kind(), value);
    }

    private static String withMargin(KpiRow row, Kpi kpi, Kpi margin, Figures figures) {
        String value = shown(row, kpi, figures);
        String plusMinus = shown(row, margin, figures);
        return value == null || plusMinus == null ? value : value + " ± " + plusMinus;
    }

    /** MEMBER, NON_MEMBER or ALL. */
    public String getSegment() {
        return segment;
    }

    /** The message of the segment's name. */
    public String getLabelKey() {
        return "lk.segment." + (segment.equals("NON_MEMBER") ? "nonMember" : segment.toLowerCase(Locale.ROOT));
    }

    public String getInvitations() {
        return invitations;
    }

    public String getCheckoutRate() {
        return checkoutRate;
    }

    public String getWaveRate() {
        return waveRate;
    }

    public String getCsi() {
        return csi;
    }

    public String getCsiWeighted() {
        return csiWeighted;
    }
}
