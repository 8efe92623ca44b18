package com.loyaltykpi.core.incrementality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One-off: the matched estimator (before issue 13) through the simulation study. */
public final class OldEstimatorStudy {

    public static void main(String[] args) {
        int shops = Integer.parseInt(args[0]);
        int w = 90;
        for (double[] effect : new double[][] {{0, 0}, {0.2, 0.1}}) {
            int excludesZero = 0;
            int covers = 0;
            double errorSum = 0;
            double truthSum = 0;
            double estimateSum = 0;
            for (int s = 0; s < shops; s++) {
                SimulatedShop shop = new SimulatedShop(1000 + s, 4000, effect[0], effect[1]);
                Map<String, List<int[]>> bought = new HashMap<String, List<int[]>>();
                for (SimulatedShop.Order o : shop.orders) {
                    if (o.customer >= 0 && !o.cancelled && o.currency == SimulatedShop.EUR) {
                        bought.computeIfAbsent(SimulatedShop.id(o.customer), k -> new ArrayList<int[]>())
                                .add(new int[] {o.day, (int) o.revenueMinor});
                    }
                }
                Map<String, Purchases> purchases = new HashMap<String, Purchases>();
                for (Map.Entry<String, List<int[]>> e : bought.entrySet()) {
                    List<int[]> l = e.getValue();
                    int[] days = new int[l.size()];
                    long[] rev = new long[l.size()];
                    for (int i = 0; i < days.length; i++) {
                        days[i] = l.get(i)[0];
                        rev[i] = l.get(i)[1];
                    }
                    purchases.put(e.getKey(), new Purchases(days, rev));
                }
                Map<String, Integer> first = new HashMap<String, Integer>();
                List<EstimationData.Enrolment> enrolments = new ArrayList<EstimationData.Enrolment>();
                for (int c = 0; c < shop.customers; c++) {
                    if (shop.enrolledOn[c] != Integer.MAX_VALUE) {
                        first.put(SimulatedShop.id(c), shop.enrolledOn[c]);
                        if (shop.enrolledOn[c] >= SimulatedShop.RANGE_FROM.toEpochDay()
                                && shop.enrolledOn[c] <= SimulatedShop.RANGE_TO.toEpochDay()) {
                            enrolments.add(new EstimationData.Enrolment(SimulatedShop.id(c), shop.enrolledOn[c]));
                        }
                    }
                }
                int last = (int) SimulatedShop.END.toEpochDay();
                EstimationData data = new EstimationData(purchases, first, enrolments, last);
                Estimate est = IncrementalRevenueEstimator.estimate(data, new EstimateRequest(SimulatedShop.RANGE_FROM,
                        SimulatedShop.RANGE_TO, "EUR", w, 1000, 42L));
                long truth = 0;
                for (EstimationData.Enrolment e : enrolments) {
                    Purchases p = purchases.get(e.customerId);
                    if (p == null || p.firstDay() > e.day - w || e.day + w - 1 > last) {
                        continue;
                    }
                    truth += shop.effect(Integer.parseInt(e.customerId.substring(3)), SimulatedShop.EUR, e.day, e.day + w);
                }
                double t = truth / 100.0;
                double v = est.incrementalRevenue().doubleValue();
                if (est.low().doubleValue() > 0 || est.high().doubleValue() < 0) {
                    excludesZero++;
                }
                if (est.low().doubleValue() <= t && t <= est.high().doubleValue()) {
                    covers++;
                }
                errorSum += v - t;
                truthSum += t;
                estimateSum += v;
                System.out.printf("effect %s shop %d: truth %.0f estimate %.0f [%s; %s] analysed %d matched %d%n",
                        effect[0], s, t, v, est.low(), est.high(), est.analysed(), est.matched());
            }
            System.out.printf("SUMMARY effect f=%.2f b=%.2f shops %d: excludes zero %d (%.1f%%), covers truth %d (%.1f%%), mean truth %.0f, mean estimate %.0f, mean error %.0f (%.1f%% of truth)%n",
                    effect[0], effect[1], shops, excludesZero, 100.0 * excludesZero / shops, covers, 100.0 * covers / shops,
                    truthSum / shops, estimateSum / shops, errorSum / shops, truthSum == 0 ? 0 : 100 * errorSum / truthSum);
        }
    }
}
