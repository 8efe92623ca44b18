package com.loyaltykpi.core.kpi;

/**
 * The KPIs of docs/KPIS.md, by their names there (code, columns, labels and exports all use them). Program-level KPIs
 * compare segments or count members: they belong to the whole period and are reported on its ALL row. The
 * satisfaction and follow-up KPIs come from survey answers, not orders: they are the same in every currency's table.
 */
public enum Kpi {
    ORDERS("orders", Kind.COUNT, false),
    REVENUE("revenue", Kind.MONEY, false),
    CUSTOMERS("customers", Kind.COUNT, false),
    AOV("aov", Kind.MONEY, false),
    AOV_CHANGE("aov_change", Kind.RATIO, false),
    AOV_CHANGE_YOY("aov_change_yoy", Kind.RATIO, false),
    AOV_GAP("aov_gap", Kind.MONEY, true),
    AOV_UPLIFT("aov_uplift", Kind.RATIO, true),
    AOV_GAP_OVER_TOTAL("aov_gap_over_total", Kind.RATIO, true),
    MEMBER_SHARE("member_share", Kind.RATIO, true),
    MEMBER_SHARE_CHANGE("member_share_change", Kind.POINTS, true),
    MARGIN("margin", Kind.RATIO, false),
    MARGIN_COVERAGE("margin_coverage", Kind.RATIO, false),
    MARGIN_GAP("margin_gap", Kind.POINTS, true),
    MARGIN_CHANGE("margin_change", Kind.POINTS, false),
    FREQUENCY("frequency", Kind.RATIO, false),
    REPEAT_RATE("repeat_rate", Kind.RATIO, false),
    MEMBERS("members", Kind.COUNT, true),
    NEW_MEMBERS("new_members", Kind.COUNT, true),
    INVITATIONS("invitations", Kind.COUNT, false),
    RESPONSE_RATE("response_rate", Kind.RATIO, false),
    ANSWERS("answers", Kind.COUNT, false),
    CSAT("csat", Kind.RATIO, false),
    CSI("csi", Kind.SCORE, false),
    CSI_MARGIN("csi_margin", Kind.SCORE, false),
    CSI_CHANGE("csi_change", Kind.SCORE, false),
    NPS_ANSWERS("nps_answers", Kind.COUNT, false),
    NPS("nps", Kind.SCORE, false),
    NPS_MARGIN("nps_margin", Kind.SCORE, false),
    NPS_CHANGE("nps_change", Kind.SCORE, false),
    FOLLOW_UPS_OPENED("follow_ups_opened", Kind.COUNT, false),
    FOLLOW_UPS_CLOSED("follow_ups_closed", Kind.COUNT, false),
    FOLLOW_UP_MEDIAN_HOURS("follow_up_median_hours", Kind.HOURS, false),
    CSI_WEIGHTED("csi_weighted", Kind.SCORE, false),
    CSI_WEIGHTED_MARGIN("csi_weighted_margin", Kind.SCORE, false),
    RESPONSE_RATE_CHECKOUT("response_rate_checkout", Kind.RATIO, false),
    RESPONSE_RATE_WAVE("response_rate_wave", Kind.RATIO, false);

    /** How a value is written: counts whole, money at the currency's scale, ratios and points with 4 decimals. */
    public enum Kind {
        COUNT,
        MONEY,
        RATIO,
        /** A difference of ratios in percentage points (3.25 means 3.25 points). */
        POINTS,
        /** A score on its own scale (csi 0 to 100, nps -100 to 100), its margin or its change, 4 decimals. */
        SCORE,
        /** A duration in hours, 4 decimals. */
        HOURS
    }

    private final String column;
    private final Kind kind;
    private final boolean programLevel;

    Kpi(String column, Kind kind, boolean programLevel) {
        this.column = column;
        this.kind = kind;
        this.programLevel = programLevel;
    }

    /** The name in docs/KPIS.md and in CSV exports. */
    public String column() {
        return column;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the KPI belongs to the whole period (its ALL row) rather than to each segment. */
    public boolean programLevel() {
        return programLevel;
    }
}
