package com.loyaltykpi.admin.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.codehaus.jackson.map.ObjectMapper;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;

import com.loyaltykpi.admin.dashboard.Dashboard;
import com.loyaltykpi.admin.dashboard.DashboardRange;
import com.loyaltykpi.admin.dashboard.EstimateView;
import com.loyaltykpi.admin.dashboard.Estimates;
import com.loyaltykpi.admin.dashboard.RangeParameters;
import com.loyaltykpi.admin.dashboard.RangePreset;
import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.payoff.EstimateCsv;
import com.loyaltykpi.core.payoff.ProgramCosts;

/** The Loyalty dashboard: range, granularity and currency; headline cards; charts; the estimate, fetched after. */
@Controller
public class DashboardController extends LoyaltyAdminController {

    static final String SECTION = "loyalty-dashboard";

    private final Dashboard dashboard;
    private final Estimates estimates;
    private final ProgramCosts costs;
    private final String defaultCurrency;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public DashboardController(Dashboard dashboard, Estimates estimates, ProgramCosts costs, String defaultCurrency, Clock clock) {
        this.dashboard = dashboard;
        this.estimates = estimates;
        this.costs = costs;
        this.defaultCurrency = defaultCurrency;
        this.clock = clock;
    }

    @RequestMapping(value = "/" + SECTION, method = RequestMethod.GET)
    public String show(HttpServletRequest request, HttpServletResponse response, Model model, RangeParameters asked)
            throws IOException {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        DashboardRange range = dashboard.range(asked);
        if (range.problem() != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST); // shown with the default range and the problem
        }
        String shown = dashboard.currency(asked.getCurrency(), defaultCurrency);
        model.addAttribute("range", range);
        model.addAttribute("presets", RangePreset.values());
        model.addAttribute("granularities", Granularity.values());
        model.addAttribute("currencies", dashboard.currencies(defaultCurrency));
        model.addAttribute("currency", shown);
        model.addAttribute("cards", dashboard.cards(range, shown, locale(request)));
        model.addAttribute("responses", dashboard.responses(range, shown, locale(request)));
        model.addAttribute("repurchases", dashboard.repurchases(range, shown, locale(request)));
        model.addAttribute("repurchasesUntil", dashboard.repurchasesCountedUntil(range).toString());
        // the JSON goes into a script element of type application/json: "</" must not end it early
        model.addAttribute("seriesJson", json.writeValueAsString(dashboard.series(range, shown, locale(request)).data())
                .replace("</", "<\\/"));
        return screen(model, SECTION, "dashboard");
    }

    /**
     * The incremental revenue estimate of the range and its payoff, as JSON: the page asks for it once it is shown,
     * and again while a newer one is being computed.
     */
    @RequestMapping(value = "/" + SECTION + "/estimate", method = RequestMethod.GET, produces = "application/json")
    @ResponseBody
    public Map<String, Object> estimate(HttpServletRequest request, HttpServletResponse response, RangeParameters asked) {
        if (!allowed(SECTION, response)) {
            return null;
        }
        asked.setGranularity(null); // the estimate covers the range, whatever the charts' granularity
        DashboardRange range = dashboard.range(asked);
        String shown = dashboard.currency(asked.getCurrency(), defaultCurrency);
        return EstimateView.of(estimates.of(range, shown), costs.plan(shown), shown, locale(request), clock);
    }

    /** The same estimate as a CSV file: totals, payoff, placebo, event study, cohorts, reasons and assumptions. */
    @RequestMapping(value = "/" + SECTION + "/estimate.csv", method = RequestMethod.GET)
    public void estimateCsv(HttpServletRequest request, HttpServletResponse response, RangeParameters asked) throws IOException {
        if (!allowed(SECTION, response)) {
            return;
        }
        asked.setGranularity(null);
        DashboardRange range = dashboard.range(asked);
        String shown = dashboard.currency(asked.getCurrency(), defaultCurrency);
        Estimates.Kept kept = estimates.of(range, shown);
        if (kept == null || kept.estimate() == null) {
            response.setStatus(HttpServletResponse.SC_ACCEPTED);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(kept == null ? "The estimate is being computed; ask again in a moment.\n"
                    : "The estimate could not be computed; it is tried again when the data changes.\n");
            return;
        }
        EstimateCsv.write(kept.estimate(), costs.plan(shown), locale(request),
                CsvDownload.start(response, "loyalty-estimate-" + range.from() + "-" + range.to() + "-" + shown + ".csv"));
    }
}
