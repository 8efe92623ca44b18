package com.loyaltykpi.core.rollup;

import com.loyaltykpi.core.period.Granularity;

import java.time.LocalDate;
import java.util.Objects;

/** A registered customer in one period and currency: whose orders decide the distinct-customer measures. */
public final class CustomerPeriodKey {

    private final Granularity granularity;
    private final LocalDate start;
    private final String currency;
    private final String customerId;

    public CustomerPeriodKey(Granularity granularity, LocalDate start, String currency, String customerId) {
        this.granularity = granularity;
        this.start = start;
        this.currency = currency;
        this.customerId = customerId;
    }

    public Granularity granularity() {
        return granularity;
    }

    public LocalDate start() {
        return start;
    }

    public String currency() {
        return currency;
    }

    public String customerId() {
        return customerId;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CustomerPeriodKey)) {
            return false;
        }
        CustomerPeriodKey k = (CustomerPeriodKey) o;
        return granularity == k.granularity && start.equals(k.start) && currency.equals(k.currency)
                && customerId.equals(k.customerId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(granularity, start, currency, customerId);
    }
}
