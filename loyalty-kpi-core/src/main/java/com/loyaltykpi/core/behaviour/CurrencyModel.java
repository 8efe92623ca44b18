package com.loyaltykpi.core.behaviour;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The behaviour model of a shop's customers in one currency: the fits and every customer's model. */
public final class CurrencyModel {

    private final String currency;
    private final int repeatCustomers;
    private final Fit<BgNbd> purchases;
    private final Fit<GammaGamma> spend;
    private final List<CustomerModel> customers;
    private final HoldoutCheck check;
    private final Scores scores;

    private CurrencyModel(String currency, int repeatCustomers, Fit<BgNbd> purchases, Fit<GammaGamma> spend,
                          List<CustomerModel> customers, HoldoutCheck check, Scores scores) {
        this.check = check;
        this.scores = scores;
        this.currency = currency;
        this.repeatCustomers = repeatCustomers;
        this.purchases = purchases;
        this.spend = spend;
        this.customers = customers;
    }

    /** The model of these customers' purchases (by customer id) at the end of {@code today}, and its check. */
    static CurrencyModel compute(String currency, Map<String, CustomerRecord> byCustomer, LocalDate today,
                                 double horizonWeeks) {
        int n = byCustomer.size();
        List<String> ids = new ArrayList<String>(byCustomer.keySet());
        List<PurchaseHistory> histories = new ArrayList<PurchaseHistory>(n);
        double[] recency = new double[n];
        double[] frequency = new double[n];
        double[] monetary = new double[n];
        int repeat = 0;
        List<PurchaseHistory> calibration = new ArrayList<PurchaseHistory>();
        List<Integer> heldOut = new ArrayList<Integer>();
        for (int i = 0; i < n; i++) {
            CustomerRecord record = byCustomer.get(ids.get(i));
            if (record.inCheck()) {
                calibration.add(record.calibration());
                heldOut.add(record.heldOut());
            }
            CustomerPurchases p = record.all();
            PurchaseHistory history = p.history(today);
            histories.add(history);
            recency[i] = -p.recencyDays(today); // more recent scores higher
            frequency[i] = p.frequency();
            monetary[i] = p.meanValue();
            repeat += history.x() > 0 ? 1 : 0;
        }
        Fit<BgNbd> bg = ModelFitting.bgNbd(histories);
        Fit<GammaGamma> gg = ModelFitting.gammaGamma(histories);
        Scores scores = new Scores(Quintiles.of(recency), Quintiles.of(frequency), Quintiles.of(monetary),
                bg.model(), gg.model());
        List<CustomerModel> models = new ArrayList<CustomerModel>(n);
        for (int i = 0; i < n; i++) {
            models.add(scores.model(ids.get(i), byCustomer.get(ids.get(i)).all(), histories.get(i), today,
                    horizonWeeks));
        }
        return new CurrencyModel(currency, repeat, bg, gg, models, HoldoutCheck.of(calibration, heldOut), scores);
    }

    public String currency() {
        return currency;
    }

    public int repeatCustomers() {
        return repeatCustomers;
    }

    /** The BG/NBD fit of the purchases, or its refusal. */
    public Fit<BgNbd> purchases() {
        return purchases;
    }

    /** The Gamma-Gamma fit of the spend, or its refusal. */
    public Fit<GammaGamma> spend() {
        return spend;
    }

    public List<CustomerModel> customers() {
        return customers;
    }

    /** What a customer is scored and predicted with: the shop's quintiles and fits. */
    Scores scores() {
        return scores;
    }

    /** The honest check of the model on the last six months: whether its predictions may be shown. */
    public HoldoutCheck check() {
        return check;
    }
}
