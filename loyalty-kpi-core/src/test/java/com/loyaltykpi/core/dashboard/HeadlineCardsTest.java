package com.loyaltykpi.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.kpi.Kpi;
import com.loyaltykpi.core.kpi.KpiRow;
import com.loyaltykpi.core.period.Segment;

/** The cards against hand-written figures: values, changes, arrows, n/a, margins, three languages. */
class HeadlineCardsTest {

    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 1);
    private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);

    @Test
    void aovOfMembersWithTheEnginesChange() {
        HeadlineCard card = spec("aov_member").card(
                row(NOVEMBER, Segment.MEMBER, Kpi.AOV, "115.08", Kpi.AOV_CHANGE, "0.0325"),
                row(OCTOBER, Segment.MEMBER, Kpi.AOV, "111.46"), new Figures(Locale.ENGLISH, "USD"));
        assertThat(card.getValue()).isEqualTo("$115.08");
        assertThat(card.getChange()).isEqualTo("+3.3%");
        assertThat(card.getDirection()).isEqualTo("up");
    }

    @Test
    void theGapChangesByTheDifferenceBetweenThePeriods() {
        HeadlineCard card = spec("aov_gap").card(row(NOVEMBER, Segment.ALL, Kpi.AOV_GAP, "9.51"),
                row(OCTOBER, Segment.ALL, Kpi.AOV_GAP, "29.04"), new Figures(Locale.ITALIAN, "EUR"));
        assertThat(card.getValue()).isEqualTo("9,51\u00a0€");
        assertThat(card.getChange()).isEqualTo("-19,53\u00a0€");
        assertThat(card.getDirection()).isEqualTo("down");
    }

    @Test
    void aRatiosDifferenceIsInPercentagePoints() {
        HeadlineCard card = spec("response_rate").card(row(NOVEMBER, Segment.ALL, Kpi.RESPONSE_RATE, "0.25"),
                row(OCTOBER, Segment.ALL, Kpi.RESPONSE_RATE, "0.20"), new Figures(Locale.GERMAN, "EUR"));
        assertThat(card.getValue()).isEqualTo("25,0\u00a0%");
        assertThat(card.getChange()).isEqualTo("+5,0 pp");
    }

    @Test
    void fewerFollowUpsAreGoodNewsCountedWholeAndTheirHoursToCloseInHours() {
        HeadlineCard opened = spec("follow_ups_opened").card(row(NOVEMBER, Segment.ALL, Kpi.FOLLOW_UPS_OPENED, "3"),
                row(OCTOBER, Segment.ALL, Kpi.FOLLOW_UPS_OPENED, "14"), new Figures(Locale.ENGLISH, "USD"));
        assertThat(opened.getValue()).isEqualTo("3");
        assertThat(opened.getChange()).isEqualTo("-11");
        assertThat(opened.getDirection()).isEqualTo("down");
        assertThat(opened.isLowerIsBetter()).isTrue();
        HeadlineCard hours = spec("follow_up_median_hours").card(
                row(NOVEMBER, Segment.ALL, Kpi.FOLLOW_UP_MEDIAN_HOURS, "18.25"),
                row(OCTOBER, Segment.ALL, Kpi.FOLLOW_UP_MEDIAN_HOURS, "30"), new Figures(Locale.ITALIAN, "EUR"));
        assertThat(hours.getValue()).isEqualTo("18,3");
        assertThat(hours.getChange()).isEqualTo("-11,8");
        assertThat(spec("csi").card(row(NOVEMBER, Segment.ALL), row(OCTOBER, Segment.ALL),
                new Figures(Locale.ENGLISH, "USD")).isLowerIsBetter()).isFalse();
    }

    @Test
    void undefinedValuesAndChangesShowNoFigureAndNoArrow() {
        HeadlineCard card = spec("nps").card(row(NOVEMBER, Segment.ALL, Kpi.NPS, "-25", Kpi.NPS_MARGIN, "46.9"),
                row(OCTOBER, Segment.ALL), new Figures(Locale.ENGLISH, "USD"));
        assertThat(card.getValue()).isEqualTo("-25.0");
        assertThat(card.getChange()).isNull();
        assertThat(card.getDirection()).isEqualTo("none");
        assertThat(card.getNote()).isEqualTo("± 46.9");
        HeadlineCard empty = spec("csi").card(row(NOVEMBER, Segment.ALL), row(OCTOBER, Segment.ALL), new Figures(Locale.ENGLISH, "USD"));
        assertThat(empty.getValue()).isNull();
        assertThat(empty.getNote()).isNull();
    }

    @Test
    void everyKpiOfTheHeadlineHasACard() {
        assertThat(CardSpec.ALL).extracting(s -> s.id).containsExactly("aov_member", "aov_non_member", "aov_gap",
                "member_share", "margin_member", "margin_non_member", "csi", "csi_weighted", "nps", "response_rate", "follow_ups_opened",
                "follow_up_median_hours");
    }

    private static CardSpec spec(String id) {
        return CardSpec.ALL.stream().filter(s -> s.id.equals(id)).findFirst().get();
    }

    private static KpiRow row(LocalDate start, Segment segment, Object... kpiValues) {
        Map<Kpi, BigDecimal> values = new EnumMap<Kpi, BigDecimal>(Kpi.class);
        for (int i = 0; i < kpiValues.length; i += 2) {
            values.put((Kpi) kpiValues[i], new BigDecimal((String) kpiValues[i + 1]));
        }
        return new KpiRow(Granularity.MONTH, start, segment, "USD", values);
    }
}
