package com.loyaltykpi.core.incrementality;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A simulated shop as the files a shop would import (orders.csv and memberships.csv, instants in UTC), and the
 * estimate the estimator gives on the same shop in memory: what the module computes from its tables must equal it.
 */
public final class SimulatedShopFiles {

    private final SimulatedShop shop;
    private final String[] currencies;

    /** @param currencies the codes the files give the shop's euro and dollar orders */
    public SimulatedShopFiles(long seed, int customers, double frequencyLift, double basketLift, String... currencies) {
        this.shop = new SimulatedShop(seed, customers, frequencyLift, basketLift);
        this.currencies = currencies.clone();
    }

    public static LocalDate rangeFrom() {
        return SimulatedShop.RANGE_FROM;
    }

    public static LocalDate rangeTo() {
        return SimulatedShop.RANGE_TO;
    }

    /** Every order, guests and cancelled ones included, at noon UTC of its day. */
    public byte[] ordersCsv(String idPrefix) {
        StringBuilder csv = new StringBuilder("order_id,customer_id,submitted_at,currency,revenue,cost,status\n");
        int n = 0;
        for (SimulatedShop.Order order : shop.orders) {
            csv.append(idPrefix).append(n++).append(',')
                    .append(order.customer < 0 ? "" : idPrefix + SimulatedShop.id(order.customer)).append(',')
                    .append(LocalDate.ofEpochDay(order.day).atTime(12, 0).toInstant(ZoneOffset.UTC)).append(',')
                    .append(currencies[order.currency]).append(',')
                    .append(BigDecimal.valueOf(order.revenueMinor, 2).toPlainString()).append(',')
                    .append(order.costKnown() ? BigDecimal.valueOf(order.costMinor, 2).toPlainString() : "").append(',')
                    .append(order.cancelled ? "CANCELLED" : "SUBMITTED").append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Every membership period, from midnight UTC of the enrolment day to midnight of the leaving day. */
    public byte[] membershipsCsv(String idPrefix) {
        StringBuilder csv = new StringBuilder("customer_id,enrolled_at,left_at,source\n");
        for (int c = 0; c < shop.customers; c++) {
            if (shop.enrolledOn[c] != Integer.MAX_VALUE) {
                csv.append(idPrefix).append(SimulatedShop.id(c)).append(',').append(midnight(shop.enrolledOn[c])).append(',')
                        .append(shop.leftOn[c] == Integer.MAX_VALUE ? "" : midnight(shop.leftOn[c])).append(",IMPORT\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String midnight(int day) {
        return LocalDate.ofEpochDay(day).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
    }

    /**
     * The estimate on the shop's euro orders in memory, its customers named as in the files with this prefix, for
     * this request (its currency only sets the scale).
     */
    public Estimate inMemory(EstimateRequest request, String idPrefix) {
        return IncrementalRevenueEstimator.estimate(shop.data(SimulatedShop.EUR, request.settings().neverMemberFallback(), idPrefix),
                request);
    }
}
