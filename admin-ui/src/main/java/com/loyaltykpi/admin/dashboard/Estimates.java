package com.loyaltykpi.admin.dashboard;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.loyaltykpi.core.incrementality.Estimate;
import com.loyaltykpi.core.incrementality.EstimateRequest;
import com.loyaltykpi.core.incrementality.IncrementalRevenue;
import com.loyaltykpi.core.kpi.Kpi;
import com.loyaltykpi.core.settings.DataVersion;

/**
 * The incremental revenue estimate of a range, computed on demand (it reads facts and resamples: seconds on a
 * large shop, so the dashboard asks for it after the page is shown) and kept until the data changes.
 */
public class Estimates {

    /** Ranges kept; an operator looks at a handful, the rest are recomputed when asked again. */
    static final int KEPT = 32;

    private final IncrementalRevenue incrementalRevenue;
    private final DataVersion dataVersion;
    private final Map<List<Object>, Estimate> kept = new ConcurrentHashMap<List<Object>, Estimate>();

    public Estimates(IncrementalRevenue incrementalRevenue, DataVersion dataVersion) {
        this.incrementalRevenue = incrementalRevenue;
        this.dataVersion = dataVersion;
    }

    public Estimate of(DashboardRange range, String currency) {
        EstimateRequest request = new EstimateRequest(range.from(), range.to(), currency);
        List<Object> key = Arrays.<Object>asList(request.from(), request.to(), currency, dataVersion.current());
        Estimate estimate = kept.get(key);
        if (estimate == null) {
            estimate = incrementalRevenue.estimate(request);
            if (kept.size() >= KEPT) {
                kept.clear();
            }
            kept.put(key, estimate);
        }
        return estimate;
    }

    /** The estimate as the dashboard's card and chart read it: numbers for the chart, text for the card. */
    public static Map<String, Object> view(Estimate estimate, String currency, Locale locale) {
        Figures figures = new Figures(locale, currency);
        Map<String, Object> view = new LinkedHashMap<String, Object>();
        BigDecimal value = estimate.incrementalRevenue();
        view.put("defined", value != null);
        view.put("analysed", estimate.analysed());
        view.put("matched", estimate.matched());
        view.put("value", number(value));
        view.put("low", number(estimate.low()));
        view.put("high", number(estimate.high()));
        view.put("memberChange", number(estimate.memberPrePostChange()));
        view.put("controlChange", number(estimate.controlPrePostChange()));
        view.put("text", value == null ? null : figures.value(Kpi.Kind.MONEY, value));
        view.put("interval", estimate.low() == null ? null
                : figures.value(Kpi.Kind.MONEY, estimate.low()) + " – " + figures.value(Kpi.Kind.MONEY, estimate.high()));
        return view;
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
