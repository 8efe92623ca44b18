package com.loyaltykpi.core.screens;

import com.loyaltykpi.core.behaviour.BehaviourModels;
import com.loyaltykpi.core.behaviour.BehaviourStore;
import com.loyaltykpi.core.settings.ShopTimeZone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The customers screen as both hosts show it (the Broadleaf admin and the KPI server), with the shared template
 * {@code customers.html}: per currency, the behaviour model's fit, its honest check on the last six months (and,
 * where it fails, that the model does not fit this shop instead of its predictions), and the segments.
 */
public final class CustomersPage {

    private final BehaviourStore store;
    private final ShopTimeZone timeZone;

    public CustomersPage(BehaviourStore store, ShopTimeZone timeZone) {
        this.store = store;
        this.timeZone = timeZone;
    }

    /** The screen's model. */
    public Map<String, Object> model(Locale locale) {
        List<Map<String, Object>> checks = store.checks();
        List<Map<String, Object>> segments = store.segments();
        List<ShopBehaviour> currencies = new ArrayList<ShopBehaviour>();
        for (Map<String, Object> fit : store.fits()) {
            Object currency = fit.get("CURRENCY");
            currencies.add(ShopBehaviour.of(fit, ofCurrency(checks, currency), ofCurrency(segments, currency)));
        }
        Map<String, Object> model = new LinkedHashMap<String, Object>();
        model.put("currencies", currencies);
        model.put("horizonWeeks", (int) BehaviourModels.HORIZON_WEEKS);
        model.put("dates", new Dates(locale, timeZone.current()));
        return model;
    }

    private static List<Map<String, Object>> ofCurrency(List<Map<String, Object>> rows, Object currency) {
        List<Map<String, Object>> of = new ArrayList<Map<String, Object>>();
        for (Map<String, Object> row : rows) {
            if (currency.equals(row.get("CURRENCY"))) {
                of.add(row);
            }
        }
        return of;
    }
}
