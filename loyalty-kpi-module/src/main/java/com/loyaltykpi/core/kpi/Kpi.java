package com.loyaltykpi.core.kpi;

/**
 * The order KPIs of KPIS.md, by their names there (code, columns, labels and exports all use them). Program-level
 * KPIs compare segments or count members: they belong to the whole period and are reported on its ALL row.
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
    NEW_MEMBERS("new_members", Kind.COUNT, true);

    /** How a value is written: counts whole, money at the currency's scale, ratios and points with 4 decimals. */
    public enum Kind {
        COUNT,
        MONEY,
        RATIO,
        /** A difference of ratios in percentage points (3.25 means 3.25 points). */
        POINTS
    }

    private final String column;
    private final Kind kind;
    private final boolean programLevel;

    Kpi(String column, Kind kind, boolean programLevel) {
        this.column = column;
        this.kind = kind;
        this.programLevel = programLevel;
    }

    /** The name in KPIS.md and in CSV exports. */
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
