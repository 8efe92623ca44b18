package com.loyaltykpi.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.loyaltykpi.core.kpi.Kpi;
import com.loyaltykpi.core.kpi.KpiQuery;
import com.loyaltykpi.core.kpi.KpiRow;
import com.loyaltykpi.core.kpi.KpiTable;
import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.kpi.KpiService;
import com.loyaltykpi.core.repurchase.Repurchases;
import com.loyaltykpi.core.settings.ShopTimeZone;

/** The dashboard of a shop that has just installed the module: no orders, no answers, nothing undefined shown as 0. */
class DashboardTest {

    private final KpiService kpis = mock(KpiService.class);
    private final ShopTimeZone zone = mock(ShopTimeZone.class);
    // 23:30 UTC on November 23rd is already November 24th in Rome: "today" is the shop's day
    private final Dashboard dashboard = new Dashboard(kpis, mock(Repurchases.class), zone,
            Clock.fixed(Instant.parse("2026-11-23T23:30:00Z"), ZoneOffset.UTC));

    @Test
    void aNewShopShowsItsDefaultCurrencyAndOnlyNotAvailableCards() {
        when(zone.current()).thenReturn(ZoneId.of("Europe/Rome"));
        when(kpis.currencies()).thenReturn(Collections.<String>emptyList());
        when(kpis.query(any(KpiQuery.class))).thenAnswer(call -> empty(call.getArgument(0)));

        assertThat(dashboard.today()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(dashboard.currency("GBP", "EUR")).isEqualTo("EUR");
        DashboardRange range = dashboard.range(new RangeParameters());
        List<HeadlineCard> cards = dashboard.cards(range, "EUR", Locale.ITALIAN);
        assertThat(cards).hasSize(12).allMatch(card -> card.getValue() == null && card.getChange() == null
                && "none".equals(card.getDirection()));
        assertThat(dashboard.responses(range, "EUR", Locale.ITALIAN)).extracting(ResponseRow::getSegment, ResponseRow::getCsi,
                ResponseRow::getCsiWeighted, ResponseRow::getCheckoutRate).containsExactly(
                tuple("MEMBER", null, null, null), tuple("NON_MEMBER", null, null, null), tuple("ALL", null, null, null));
        Map<String, Object> series = dashboard.series(range, "EUR", Locale.ITALIAN).data();
        assertThat((List<?>) series.get("labels")).hasSize(12).first().isEqualTo("dic 2025");
        assertThat((List<?>) series.get("aovMember")).hasSize(12).containsOnlyNulls();
    }

    @Test
    void theShopsCurrenciesWinOverTheDefault() {
        when(kpis.currencies()).thenReturn(Arrays.asList("CHF", "EUR"));
        assertThat(dashboard.currency(null, "USD")).isEqualTo("CHF");
        assertThat(dashboard.currency("EUR", "USD")).isEqualTo("EUR");
        assertThat(dashboard.currency("<script>", "USD")).isEqualTo("CHF");
    }

    /** What the KPI engine answers for a shop without data: a row per period and segment, every KPI undefined. */
    private static KpiTable empty(KpiQuery query) {
        List<KpiRow> rows = new ArrayList<KpiRow>();
        for (LocalDate start : query.periodStarts()) {
            for (Segment segment : Segment.values()) {
                rows.add(new KpiRow(query.granularity(), start, segment, query.currency(), new EnumMap<Kpi, java.math.BigDecimal>(Kpi.class)));
            }
        }
        return new KpiTable(query, rows);
    }
}
