package com.loyaltykpi.core.dashboard;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import com.loyaltykpi.core.kpi.Kpi;
import com.loyaltykpi.core.kpi.KpiRow;
import com.loyaltykpi.core.period.Segment;

/**
 * Which KPI a headline card shows, for which segment, and how its change is known: the KPI engine's own change
 * KPI where docs/KPIS.md defines one, else the difference between the two periods.
 */
final class CardSpec {

    static final List<CardSpec> ALL = Arrays.asList(
            new CardSpec("aov_member", Kpi.AOV, Segment.MEMBER, Kpi.AOV_CHANGE, null),
            new CardSpec("aov_non_member", Kpi.AOV, Segment.NON_MEMBER, Kpi.AOV_CHANGE, null),
            new CardSpec("aov_gap", Kpi.AOV_GAP, Segment.ALL, null, null),
            new CardSpec("member_share", Kpi.MEMBER_SHARE, Segment.ALL, Kpi.MEMBER_SHARE_CHANGE, null),
            new CardSpec("margin_member", Kpi.MARGIN, Segment.MEMBER, Kpi.MARGIN_CHANGE, null),
            new CardSpec("margin_non_member", Kpi.MARGIN, Segment.NON_MEMBER, Kpi.MARGIN_CHANGE, null),
            new CardSpec("csi", Kpi.CSI, Segment.ALL, Kpi.CSI_CHANGE, Kpi.CSI_MARGIN),
            new CardSpec("csi_weighted", Kpi.CSI_WEIGHTED, Segment.ALL, null, Kpi.CSI_WEIGHTED_MARGIN),
            new CardSpec("nps", Kpi.NPS, Segment.ALL, Kpi.NPS_CHANGE, Kpi.NPS_MARGIN),
            new CardSpec("response_rate", Kpi.RESPONSE_RATE, Segment.ALL, null, null),
            new CardSpec("follow_ups_opened", Kpi.FOLLOW_UPS_OPENED, Segment.ALL, null, null).lowerIsBetter(),
            new CardSpec("follow_up_median_hours", Kpi.FOLLOW_UP_MEDIAN_HOURS, Segment.ALL, null, null).lowerIsBetter());

    final String id;
    final Kpi kpi;
    final Segment segment;
    private final Kpi changeKpi;
    private final Kpi marginKpi;
    private boolean lowerIsBetter;

    private CardSpec(String id, Kpi kpi, Segment segment, Kpi changeKpi, Kpi marginKpi) {
        this.id = id;
        this.kpi = kpi;
        this.segment = segment;
        this.changeKpi = changeKpi;
        this.marginKpi = marginKpi;
    }

    /** Marks a KPI whose fall is good news. */
    private CardSpec lowerIsBetter() {
        lowerIsBetter = true;
        return this;
    }

    /** The card of the latest period; {@code previous} is the period before it. */
    HeadlineCard card(KpiRow latest, KpiRow previous, Figures figures) {
        BigDecimal value = latest.value(kpi);
        BigDecimal change = changeKpi != null ? latest.value(changeKpi) : difference(value, previous.value(kpi));
        Kpi.Kind changeKind = changeKpi != null ? changeKpi.kind() : differenceKind();
        BigDecimal shownChange = changeKpi == null && kpi.kind() == Kpi.Kind.RATIO && change != null
                ? change.movePointRight(2) : change;
        BigDecimal margin = marginKpi == null ? null : latest.value(marginKpi);
        return new HeadlineCard(id,
                value == null ? null : figures.value(kpi.kind(), value),
                shownChange == null ? null : figures.change(changeKind, shownChange),
                direction(change), lowerIsBetter,
                margin == null ? null : "± " + figures.value(marginKpi.kind(), margin));
    }

    /** A ratio's difference is in percentage points; any other KPI's in its own unit. */
    private Kpi.Kind differenceKind() {
        return kpi.kind() == Kpi.Kind.RATIO ? Kpi.Kind.POINTS : kpi.kind();
    }

    private static BigDecimal difference(BigDecimal now, BigDecimal before) {
        return now == null || before == null ? null : now.subtract(before);
    }

    private static HeadlineCard.Direction direction(BigDecimal change) {
        if (change == null) {
            return HeadlineCard.Direction.NONE;
        }
        return change.signum() > 0 ? HeadlineCard.Direction.UP
                : change.signum() < 0 ? HeadlineCard.Direction.DOWN : HeadlineCard.Direction.FLAT;
    }
}
