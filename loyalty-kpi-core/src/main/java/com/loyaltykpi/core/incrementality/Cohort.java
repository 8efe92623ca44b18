package com.loyaltykpi.core.incrementality;

import java.util.Arrays;

/** Members who enrolled in one cohort of days [start, end): their customer indices and enrolment days. */
final class Cohort {

    final int start;
    final int end;
    final int[] customers;
    final int[] days;

    Cohort(int start, int end, int[] customers, int[] days) {
        this.start = start;
        this.end = end;
        this.customers = customers;
        this.days = days;
    }

    int size() {
        return customers.length;
    }

    /** The same cohort with only the members at these positions. */
    Cohort keep(int[] positions, int count) {
        int[] c = new int[count];
        int[] d = new int[count];
        for (int i = 0; i < count; i++) {
            c[i] = customers[positions[i]];
            d[i] = days[positions[i]];
        }
        return new Cohort(start, end, c, d);
    }

    @Override
    public String toString() {
        return "cohort [" + start + ", " + end + ") " + Arrays.toString(customers);
    }
}
