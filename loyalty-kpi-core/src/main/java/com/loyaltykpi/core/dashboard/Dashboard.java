package com.loyaltykpi.core.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.loyaltykpi.core.period.BusinessCalendar;
import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.kpi.KpiQuery;
import com.loyaltykpi.core.kpi.KpiRow;
import com.loyaltykpi.core.kpi.KpiTable;
import com.loyaltykpi.core.kpi.KpiService;
import com.loyaltykpi.core.repurchase.Repurchases;
import com.loyaltykpi.core.settings.ShopTimeZone;

/**
 * What the dashboard shows, from the KPI engine's rollups only (never from facts): the headline cards of the
 * latest period of the range against the period before, and the series of the charts.
 */
public class Dashboard {

    private final KpiService kpis;
    private final Repurchases repurchases;
    private final ShopTimeZone timeZone;
    private final Clock clock;

    public Dashboard(KpiService kpis, Repurchases repurchases, ShopTimeZone timeZone, Clock clock) {
        this.kpis = kpis;
        this.repurchases = repurchases;
        this.timeZone = timeZone;
        this.clock = clock;
    }

    /** Today in the shop's time zone: where the presets end. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(timeZone.current()));
    }

    /** The range of these request parameters, the presets ending today (see {@link DashboardRange#parse}). */
    public DashboardRange range(RangeParameters asked) {
        return DashboardRange.parse(asked.getRange(), asked.getFrom(), asked.getTo(), asked.getGranularity(), today());
    }

    /** The currencies with orders, the shop's first when there are none yet. */
    public List<String> currencies(String fallback) {
        List<String> currencies = new ArrayList<String>(kpis.currencies());
        if (currencies.isEmpty()) {
            currencies.add(fallback);
        }
        return currencies;
    }

    /** The requested currency when the shop has orders in it, else the first it has. */
    public String currency(String requested, String fallback) {
        List<String> known = currencies(fallback);
        return requested != null && known.contains(requested) ? requested : known.get(0);
    }

    /** The cards of the range's last period (which may still be under way, like this month). */
    public List<HeadlineCard> cards(DashboardRange range, String currency, Locale locale) {
        LocalDate latest = latest(range);
        LocalDate previous = range.granularity().plus(latest, -1);
        KpiTable table = latestTwo(range, currency);
        Figures figures = new Figures(locale, currency);
        List<HeadlineCard> cards = new ArrayList<HeadlineCard>();
        for (CardSpec spec : CardSpec.ALL) {
            KpiRow now = table.row(latest, spec.segment);
            KpiRow before = table.row(previous, spec.segment);
            cards.add(spec.card(now, before, figures));
        }
        return cards;
    }

    /** Who answers in the range's last period: the response rates and both satisfaction indexes, per segment. */
    public List<ResponseRow> responses(DashboardRange range, String currency, Locale locale) {
        LocalDate latest = latest(range);
        KpiTable table = latestTwo(range, currency);
        Figures figures = new Figures(locale, currency);
        List<ResponseRow> rows = new ArrayList<ResponseRow>();
        for (Segment segment : new Segment[] {Segment.MEMBER, Segment.NON_MEMBER, Segment.ALL}) {
            rows.add(ResponseRow.of(segment, table.row(latest, segment), figures));
        }
        return rows;
    }

    /**
     * What customers bought in the 90 days after answering, for the answers given in the range (and at least 90 days
     * ago), per NPS group and segment.
     */
    public List<RepurchaseRow> repurchases(DashboardRange range, String currency, Locale locale) {
        BusinessCalendar calendar = new BusinessCalendar(timeZone.current());
        return RepurchaseRow.of(repurchases.of(calendar.startOf(range.from()), calendar.startOf(range.to().plusDays(1)),
                currency), new Figures(locale, currency));
    }

    /** The last day whose answers the "after answering" table counts: the range's, or 90 days before today. */
    public LocalDate repurchasesCountedUntil(DashboardRange range) {
        BusinessCalendar calendar = new BusinessCalendar(timeZone.current());
        return calendar.dayOf(repurchases.countedUntil(calendar.startOf(range.to().plusDays(1))).minusMillis(1));
    }

    /** The start of the range's last period (which may still be under way). */
    private static LocalDate latest(DashboardRange range) {
        return range.granularity().start(range.to());
    }

    /** The KPIs of the range's last period and the one before: one query (kept) for the cards and the tables. */
    private KpiTable latestTwo(DashboardRange range, String currency) {
        LocalDate latest = latest(range);
        return kpis.query(new KpiQuery(range.granularity().plus(latest, -1), latest, range.granularity(), currency));
    }

    /** The chart series of every period of the range. */
    public ChartSeries series(DashboardRange range, String currency, Locale locale) {
        return ChartSeries.of(kpis.query(new KpiQuery(range.from(), range.to(), range.granularity(), currency)), locale);
    }
}
