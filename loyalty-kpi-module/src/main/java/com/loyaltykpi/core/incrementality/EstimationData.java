package com.loyaltykpi.core.incrementality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an estimate works on, one currency: per customer (indexed 0..n-1) the submitted orders from the first day
 * any window needs, the first order ever (how long they have been buying), the first enrolment and every
 * membership period; the last complete day. Customers who never enrolled are in it only when the never-member
 * comparison was asked for.
 */
final class EstimationData {

    static final int NEVER = Integer.MAX_VALUE;

    final String[] ids;
    final Purchases[] purchases;
    final int[] firstOrderDay;
    final int[] firstEnrolmentDay;
    /** Per customer: enrolment and leaving days (exclusive; NEVER while open), in pairs. */
    final int[][] periods;
    final int lastDay;

    private EstimationData(String[] ids, Purchases[] purchases, int[] firstOrderDay, int[] firstEnrolmentDay,
                           int[][] periods, int lastDay) {
        this.ids = ids;
        this.purchases = purchases;
        this.firstOrderDay = firstOrderDay;
        this.firstEnrolmentDay = firstEnrolmentDay;
        this.periods = periods;
        this.lastDay = lastDay;
    }

    int customers() {
        return ids.length;
    }

    /** Whether customer c was a member on this day. */
    boolean memberOn(int c, int day) {
        int[] p = periods[c];
        for (int i = 0; i < p.length; i += 2) {
            if (day >= p[i] && day < p[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Collects orders and memberships as they are read, in any order. */
    static final class Builder {
        private final int firstDay;
        private final int lastDay;
        private final Map<String, Integer> index = new HashMap<String, Integer>();
        private final List<Growing> customers = new ArrayList<Growing>();

        /** @param firstDay orders before it only count for the first order; @param lastDay the last complete day */
        Builder(int firstDay, int lastDay) {
            this.firstDay = firstDay;
            this.lastDay = lastDay;
        }

        /** A submitted order of a registered customer, in the estimate's currency. */
        Builder order(String customerId, int day, long revenue, long costKnownRevenue, long cost) {
            Growing customer = customer(customerId);
            customer.firstOrder = Math.min(customer.firstOrder, day);
            if (day >= firstDay && day <= lastDay) {
                customer.add(day, revenue, costKnownRevenue, cost);
            }
            return this;
        }

        /** A membership period: enrolment day and leaving day ({@link #NEVER} while open). */
        Builder membership(String customerId, int enrolledDay, int leftDay) {
            Growing customer = customer(customerId);
            customer.firstEnrolment = Math.min(customer.firstEnrolment, enrolledDay);
            customer.periods.add(new int[] {enrolledDay, leftDay});
            return this;
        }

        private Growing customer(String id) {
            Integer i = index.get(id);
            if (i == null) {
                i = customers.size();
                index.put(id, i);
                customers.add(new Growing());
            }
            return customers.get(i);
        }

        /** The data, customers ordered by id: the same rows in any order give the same estimate. */
        EstimationData build() {
            int n = customers.size();
            String[] ids = index.keySet().toArray(new String[n]);
            Arrays.sort(ids);
            Purchases[] purchases = new Purchases[n];
            int[] firstOrder = new int[n];
            int[] firstEnrolment = new int[n];
            int[][] periods = new int[n][];
            for (int i = 0; i < n; i++) {
                Growing customer = customers.get(index.get(ids[i]));
                purchases[i] = customer.sorted();
                firstOrder[i] = customer.firstOrder;
                firstEnrolment[i] = customer.firstEnrolment;
                periods[i] = customer.periods();
            }
            return new EstimationData(ids, purchases, firstOrder, firstEnrolment, periods, lastDay);
        }
    }

    /** One customer's orders as they stream in, in no order. */
    private static final class Growing {
        int firstOrder = NEVER;
        int firstEnrolment = NEVER;
        final List<int[]> periods = new ArrayList<int[]>(1);
        private int[] days = new int[0];
        private long[] revenue = new long[0];
        private long[] costKnownRevenue = new long[0];
        private long[] cost = new long[0];
        private int size;

        void add(int day, long minor, long costKnownMinor, long costMinor) {
            if (size == days.length) {
                int capacity = Math.max(4, size * 2);
                days = Arrays.copyOf(days, capacity);
                revenue = Arrays.copyOf(revenue, capacity);
                costKnownRevenue = Arrays.copyOf(costKnownRevenue, capacity);
                cost = Arrays.copyOf(cost, capacity);
            }
            days[size] = day;
            revenue[size] = minor;
            costKnownRevenue[size] = costKnownMinor;
            cost[size] = costMinor;
            size++;
        }

        int[] periods() {
            int[] flat = new int[periods.size() * 2];
            for (int i = 0; i < periods.size(); i++) {
                flat[2 * i] = periods.get(i)[0];
                flat[2 * i + 1] = periods.get(i)[1];
            }
            return flat;
        }

        Purchases sorted() {
            if (size == 0) {
                return Purchases.NONE;
            }
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(days[a], days[b]));
            int[] sortedDays = new int[size];
            long[] r = new long[size];
            long[] k = new long[size];
            long[] c = new long[size];
            for (int i = 0; i < size; i++) {
                sortedDays[i] = days[order[i]];
                r[i] = revenue[order[i]];
                k[i] = costKnownRevenue[order[i]];
                c[i] = cost[order[i]];
            }
            return new Purchases(sortedDays, r, k, c);
        }
    }
}
