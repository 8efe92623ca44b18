package com.loyaltykpi.core.incrementality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What the estimate works on: every registered customer's purchases (in one currency, around the analysis window),
 * when each customer first enrolled (if ever), the enrolments to analyse, and the last day with data.
 */
final class EstimationData {

    /** An enrolment to analyse: who, on which business day (epoch day). */
    static final class Enrolment {
        final String customerId;
        final int day;

        Enrolment(String customerId, int day) {
            this.customerId = customerId;
            this.day = day;
        }
    }

    final List<String> customers;
    final Map<String, Purchases> purchases;
    final Map<String, Integer> firstEnrolmentDay;
    final List<Enrolment> enrolments;
    final int lastDay;

    EstimationData(Map<String, Purchases> purchases, Map<String, Integer> firstEnrolmentDay, List<Enrolment> enrolments,
                   int lastDay) {
        this.customers = Collections.unmodifiableList(new ArrayList<String>(purchases.keySet()));
        this.purchases = purchases;
        this.firstEnrolmentDay = firstEnrolmentDay;
        this.enrolments = enrolments;
        this.lastDay = lastDay;
    }

    Purchases of(String customerId) {
        return purchases.get(customerId);
    }

    /** The day the customer first enrolled, or Integer.MAX_VALUE when never. */
    int firstEnrolment(String customerId) {
        Integer day = firstEnrolmentDay.get(customerId);
        return day == null ? Integer.MAX_VALUE : day;
    }
}
