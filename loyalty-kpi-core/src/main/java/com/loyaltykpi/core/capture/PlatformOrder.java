package com.loyaltykpi.core.capture;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A submitted order as a platform adapter reads it, before the module judges it: the only thing an adapter
 * for another platform has to produce.
 */
public final class PlatformOrder {

    private final String orderId;
    private final String orderNumber;
    private final String customerId;
    private final Instant submittedAt;
    private final String currencyCode;
    private final List<OrderLine> lines;
    private final BigDecimal orderDiscount;
    private final BigDecimal itemDiscount;
    private final boolean cancelled;
    private final Duration submitPrecision;

    private PlatformOrder(Builder b) {
        this.orderId = b.orderId;
        this.orderNumber = b.orderNumber;
        this.customerId = b.customerId;
        this.submittedAt = b.submittedAt;
        this.currencyCode = b.currencyCode;
        this.lines = Collections.unmodifiableList(new ArrayList<OrderLine>(b.lines));
        this.orderDiscount = b.orderDiscount;
        this.itemDiscount = b.itemDiscount;
        this.cancelled = b.cancelled;
        this.submitPrecision = b.submitPrecision;
    }

    public static Builder builder(String orderId) {
        return new Builder(orderId);
    }

    public String orderId() {
        return orderId;
    }

    public String orderNumber() {
        return orderNumber;
    }

    /** The customer's id, or null for a guest order. */
    public String customerId() {
        return customerId;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String currencyCode() {
        return currencyCode;
    }

    public List<OrderLine> lines() {
        return lines;
    }

    /** Order-level discounts as a positive amount (item discounts are already in the lines). */
    public BigDecimal orderDiscount() {
        return orderDiscount;
    }

    /**
     * The items' own discounts as a positive amount (already taken off the lines' revenue), or null where the
     * source does not say: the order's discount is then not recorded.
     */
    public BigDecimal itemDiscount() {
        return itemDiscount;
    }

    public boolean cancelled() {
        return cancelled;
    }

    /**
     * The last instant the order may have been submitted at: its submit time when the platform keeps
     * milliseconds, the end of that second when it keeps whole seconds only (Broadleaf on MariaDB/MySQL).
     * Membership at submission is judged at this instant, so that an order placed in the second its customer
     * joined counts as a member order whether it is read live or from the database later.
     */
    public Instant latestSubmission() {
        return submittedAt.plus(submitPrecision).minusMillis(1);
    }

    /** A label for log lines: the order number when there is one. */
    public String label() {
        return orderNumber != null ? orderNumber + " (id " + orderId + ")" : "id " + orderId;
    }

    /** Builds a {@link PlatformOrder}; every field but the id is optional so that bad input can be judged. */
    public static final class Builder {
        private final String orderId;
        private String orderNumber;
        private String customerId;
        private Instant submittedAt;
        private String currencyCode;
        private final List<OrderLine> lines = new ArrayList<OrderLine>();
        private BigDecimal orderDiscount = BigDecimal.ZERO;
        private BigDecimal itemDiscount;
        private boolean cancelled;
        private Duration submitPrecision = Duration.ofMillis(1);

        private Builder(String orderId) {
            if (orderId == null || orderId.isEmpty()) {
                throw new IllegalArgumentException("an order id is required");
            }
            this.orderId = orderId;
        }

        public Builder number(String orderNumber) {
            this.orderNumber = orderNumber;
            return this;
        }

        public Builder customer(String customerId) {
            this.customerId = customerId;
            return this;
        }

        public Builder submittedAt(Instant submittedAt) {
            this.submittedAt = submittedAt;
            return this;
        }

        public Builder currency(String currencyCode) {
            this.currencyCode = currencyCode;
            return this;
        }

        public Builder line(BigDecimal revenue, BigDecimal cost) {
            lines.add(new OrderLine(revenue, cost));
            return this;
        }

        public Builder orderDiscount(BigDecimal orderDiscount) {
            this.orderDiscount = orderDiscount == null ? BigDecimal.ZERO : orderDiscount;
            return this;
        }

        /** The items' own discounts, positive; null (the default) where the source does not say. */
        public Builder itemDiscount(BigDecimal itemDiscount) {
            this.itemDiscount = itemDiscount;
            return this;
        }

        public Builder cancelled(boolean cancelled) {
            this.cancelled = cancelled;
            return this;
        }

        /** How precisely the platform stored the submit time (default: milliseconds). */
        public Builder submitPrecision(Duration precision) {
            this.submitPrecision = precision;
            return this;
        }

        public PlatformOrder build() {
            return new PlatformOrder(this);
        }
    }
}
