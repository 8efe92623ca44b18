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

    /** A 64-bit key of customer c's id (FNV-1a): what ties a customer to its bootstrap signs, whatever else the data holds. */
    long key(int c) {
        long hash = 0xcbf29ce484222325L;
        String id = ids[c];
        for (int i = 0; i < id.length(); i++) {
            hash ^= id.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
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
        private final List<String> ids = new ArrayList<String>();
        private int[] firstOrder = new int[16];
        private int[] firstEnrolment = new int[16];
        private final List<List<int[]>> periods = new ArrayList<List<int[]>>();
        private int[] orderCustomer = new int[1024];
        private int[] orderDay = new int[1024];
        private long[] orderRevenue = new long[1024];
        private long[] orderCostKnownRevenue = new long[1024];
        private long[] orderCost = new long[1024];
        private int orders;

        /** @param firstDay orders before it only count for the first order; @param lastDay the last complete day */
        Builder(int firstDay, int lastDay) {
            this.firstDay = firstDay;
            this.lastDay = lastDay;
        }

        /** A submitted order of a registered customer, in the estimate's currency. */
        Builder order(String customerId, int day, long revenue, long costKnownRevenue, long cost) {
            return order(number(customerId), day, revenue, costKnownRevenue, cost);
        }

        /** The same for a customer the builder knows already, by the number {@link #number(String)} gave. */
        Builder order(int customer, int day, long revenue, long costKnownRevenue, long cost) {
            firstOrder[customer] = Math.min(firstOrder[customer], day);
            if (day >= firstDay && day <= lastDay) {
                if (orders == orderDay.length) {
                    int capacity = orders + (orders >> 1);
                    orderCustomer = Arrays.copyOf(orderCustomer, capacity);
                    orderDay = Arrays.copyOf(orderDay, capacity);
                    orderRevenue = Arrays.copyOf(orderRevenue, capacity);
                    orderCostKnownRevenue = Arrays.copyOf(orderCostKnownRevenue, capacity);
                    orderCost = Arrays.copyOf(orderCost, capacity);
                }
                orderCustomer[orders] = customer;
                orderDay[orders] = day;
                orderRevenue[orders] = revenue;
                orderCostKnownRevenue[orders] = costKnownRevenue;
                orderCost[orders] = cost;
                orders++;
            }
            return this;
        }

        /** A membership period: enrolment day and leaving day ({@link #NEVER} while open). */
        Builder membership(String customerId, int enrolledDay, int leftDay) {
            int customer = number(customerId);
            firstEnrolment[customer] = Math.min(firstEnrolment[customer], enrolledDay);
            periods.get(customer).add(new int[] {enrolledDay, leftDay});
            return this;
        }

        /** The builder's number of a customer (in the order they were first seen): orders can use it instead of the id. */
        int number(String customerId) {
            Integer known = index.get(customerId);
            if (known != null) {
                return known;
            }
            int customer = ids.size();
            index.put(customerId, customer);
            ids.add(customerId);
            periods.add(new ArrayList<int[]>(1));
            if (customer == firstOrder.length) {
                firstOrder = Arrays.copyOf(firstOrder, customer * 2);
                firstEnrolment = Arrays.copyOf(firstEnrolment, customer * 2);
            }
            firstOrder[customer] = NEVER;
            firstEnrolment[customer] = NEVER;
            return customer;
        }

        /** The data, customers ordered by id: the same rows in any order give the same estimate. */
        EstimationData build() {
            int n = ids.size();
            String[] sortedIds = ids.toArray(new String[n]);
            Arrays.sort(sortedIds);
            int[] renumbered = new int[n];
            for (int i = 0; i < n; i++) {
                renumbered[index.get(sortedIds[i])] = i;
            }
            // each customer's orders together, customers in id order, then each customer's by day
            int[] start = new int[n + 1];
            for (int o = 0; o < orders; o++) {
                start[renumbered[orderCustomer[o]] + 1]++;
            }
            for (int c = 0; c < n; c++) {
                start[c + 1] += start[c];
            }
            int[] position = Arrays.copyOf(start, n);
            int[] sorted = new int[orders];
            for (int o = 0; o < orders; o++) {
                sorted[position[renumbered[orderCustomer[o]]]++] = o;
            }
            int[] days = new int[orders];
            long[] revenue = new long[orders + n];
            long[] costKnownRevenue = new long[orders + n];
            long[] cost = new long[orders + n];
            Purchases[] purchases = new Purchases[n];
            int[] first = new int[n];
            int[] enrolled = new int[n];
            int[][] flatPeriods = new int[n][];
            for (int old = 0; old < n; old++) {
                int c = renumbered[old];
                first[c] = firstOrder[old];
                enrolled[c] = firstEnrolment[old];
                flatPeriods[c] = flatten(periods.get(old));
            }
            for (int c = 0; c < n; c++) {
                sortByDay(sorted, start[c], start[c + 1]);
                int sums = start[c] + c;
                for (int i = start[c]; i < start[c + 1]; i++) {
                    int o = sorted[i];
                    days[i] = orderDay[o];
                    int at = sums + i - start[c];
                    revenue[at + 1] = revenue[at] + orderRevenue[o];
                    costKnownRevenue[at + 1] = costKnownRevenue[at] + orderCostKnownRevenue[o];
                    cost[at + 1] = cost[at] + orderCost[o];
                }
                purchases[c] = start[c] == start[c + 1] ? Purchases.NONE
                        : new Purchases(days, start[c], start[c + 1] - start[c], revenue, costKnownRevenue, cost, sums);
            }
            return new EstimationData(sortedIds, purchases, first, enrolled, flatPeriods, lastDay);
        }

        /** Sorts order numbers [from, to) by day, keeping the order of equal days (they usually come sorted already). */
        private void sortByDay(int[] sorted, int from, int to) {
            boolean ascending = true;
            for (int i = from + 1; i < to && ascending; i++) {
                ascending = orderDay[sorted[i - 1]] <= orderDay[sorted[i]];
            }
            if (ascending) {
                return;
            }
            long[] packed = new long[to - from];
            for (int i = from; i < to; i++) {
                packed[i - from] = (long) orderDay[sorted[i]] << 32 | sorted[i];
            }
            Arrays.sort(packed);
            for (int i = from; i < to; i++) {
                sorted[i] = (int) packed[i - from];
            }
        }

        private static int[] flatten(List<int[]> periods) {
            int[] flat = new int[periods.size() * 2];
            for (int i = 0; i < periods.size(); i++) {
                flat[2 * i] = periods.get(i)[0];
                flat[2 * i + 1] = periods.get(i)[1];
            }
            return flat;
        }
    }
}
