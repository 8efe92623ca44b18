package com.loyaltykpi.core.dashboard;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.loyaltykpi.core.offers.OfferResults;
import com.loyaltykpi.core.payoff.EstimateCsv;
import com.loyaltykpi.core.payoff.ProgramCosts;
import com.loyaltykpi.core.period.Granularity;

/**
 * The dashboard page as both hosts show it (the Broadleaf admin and the KPI server): the model of the shared template
 * {@code loyalty_screens/templates/views/loyalty/dashboard.html}, and the estimate its script
 * ({@code loyalty_screens/assets/dashboard.js}) fetches. A host adds only its own parts: the permission check, the
 * HTTP status, and the chart series as JSON ({@link #SERIES}) with its own JSON library, through {@link #inScript}.
 */
public final class DashboardPage {

    /** The model attribute holding the chart series; the template reads them as JSON, under "seriesJson". */
    public static final String SERIES = "series";

    private final Dashboard dashboard;
    private final Estimates estimates;
    private final ProgramCosts costs;
    private final String defaultCurrency;
    private final Clock clock;
    private final OfferResults offers;

    /** offers: the offer groups against their holdout, or null on a host without offers (the KPI server). */
    public DashboardPage(Dashboard dashboard, Estimates estimates, ProgramCosts costs, String defaultCurrency, Clock clock,
                         OfferResults offers) {
        this.dashboard = dashboard;
        this.estimates = estimates;
        this.costs = costs;
        this.defaultCurrency = defaultCurrency;
        this.clock = clock;
        this.offers = offers;
    }

    /**
     * The chart series' JSON as the template puts it into a script element of type application/json: a "</" in a
     * text must not end the element early.
     */
    public static String inScript(String seriesJson) {
        return seriesJson.replace("</", "<\\/");
    }

    /** The range asked for; with a problem (shown on the page, answered with a 400) it is the default range. */
    public DashboardRange range(RangeParameters asked) {
        return dashboard.range(asked);
    }

    /** What the template shows for this range: the choices, the cards, the tables and the chart series. */
    public Map<String, Object> model(DashboardRange range, RangeParameters asked, Locale locale) {
        String shown = dashboard.currency(asked.getCurrency(), defaultCurrency);
        Map<String, Object> model = new LinkedHashMap<String, Object>();
        model.put("range", range);
        model.put("presets", RangePreset.values());
        model.put("granularities", Granularity.values());
        model.put("currencies", dashboard.currencies(defaultCurrency));
        model.put("currency", shown);
        model.put("cards", dashboard.cards(range, shown, locale));
        model.put("responses", dashboard.responses(range, shown, locale));
        model.put("repurchases", dashboard.repurchases(range, shown, locale));
        model.put("repurchasesUntil", dashboard.repurchasesCountedUntil(range).toString());
        model.put(SERIES, dashboard.series(range, shown, locale).data());
        if (offers != null) {
            model.put("offerResults", offers.of(range.from(), range.to(), shown));
        }
        return model;
    }

    /**
     * The incremental revenue estimate of the range and its payoff, as the script reads it (JSON): asked for once the
     * page is shown, and again while a newer one is being computed. It covers the range, whatever the granularity.
     */
    public Map<String, Object> estimate(RangeParameters asked, Locale locale) {
        String shown = dashboard.currency(asked.getCurrency(), defaultCurrency);
        return EstimateView.of(estimates.of(wholeRange(asked), shown), costs.plan(shown), shown, locale, clock);
    }

    /** The same estimate as a CSV file: totals, payoff, placebo, event study, cohorts, reasons and assumptions. */
    public EstimateFile estimateFile(RangeParameters asked) {
        DashboardRange range = wholeRange(asked);
        String shown = dashboard.currency(asked.getCurrency(), defaultCurrency);
        return new EstimateFile(estimates.of(range, shown), shown,
                "loyalty-estimate-" + range.from() + "-" + range.to() + "-" + shown + ".csv");
    }

    private DashboardRange wholeRange(RangeParameters asked) {
        RangeParameters whole = new RangeParameters();
        whole.setRange(asked.getRange());
        whole.setFrom(asked.getFrom());
        whole.setTo(asked.getTo());
        whole.setCurrency(asked.getCurrency());
        return dashboard.range(whole);
    }

    /** The estimate's CSV: ready to write, or a reason why not yet (the host answers 202 Accepted with it). */
    public final class EstimateFile {
        private final Estimates.Kept kept;
        private final String currency;
        private final String name;

        EstimateFile(Estimates.Kept kept, String currency, String name) {
            this.kept = kept;
            this.currency = currency;
            this.name = name;
        }

        /** The file's name, with the range and the currency. */
        public String name() {
            return name;
        }

        /** Why there is no file yet (in English, as plain text), or null when there is one. */
        public String notReady() {
            if (kept == null) {
                return "The estimate is being computed; ask again in a moment.\n";
            }
            return kept.estimate() == null ? "The estimate could not be computed; it is tried again when the data changes.\n" : null;
        }

        public void write(Locale locale, Appendable out) throws IOException {
            EstimateCsv.write(kept.estimate(), costs.plan(currency), locale, out);
        }
    }
}
