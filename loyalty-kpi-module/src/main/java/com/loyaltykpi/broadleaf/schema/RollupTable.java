package com.loyaltykpi.broadleaf.schema;

import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** LK_ROLLUP: the measures of each (granularity, period, segment, currency) with orders. */
@Entity
@Table(name = "LK_ROLLUP")
public class RollupTable {

    @EmbeddedId
    protected Key key;

    @Column(name = "ORDERS", nullable = false)
    protected long orders;

    @Column(name = "GUEST_ORDERS", nullable = false)
    protected long guestOrders;

    @Column(name = "REVENUE", precision = 19, scale = 5, nullable = false)
    protected BigDecimal revenue;

    @Column(name = "COST", precision = 19, scale = 5, nullable = false)
    protected BigDecimal cost;

    @Column(name = "COST_KNOWN_REVENUE", precision = 19, scale = 5, nullable = false)
    protected BigDecimal costKnownRevenue;

    @Column(name = "CUSTOMERS", nullable = false)
    protected long customers;

    @Column(name = "REPEAT_CUSTOMERS", nullable = false)
    protected long repeatCustomers;

    /** The primary key. */
    @Embeddable
    public static class Key extends TextKey {
        private static final long serialVersionUID = 1L;

        @Column(name = "GRANULARITY", length = 8, nullable = false)
        protected String granularity;

        @Temporal(TemporalType.DATE)
        @Column(name = "PERIOD_START", nullable = false)
        protected Date periodStart;

        @Column(name = "SEGMENT", length = 10, nullable = false)
        protected String segment;

        @Column(name = "CURRENCY", length = 3, nullable = false)
        protected String currency;

        @Override
        public String toString() {
            return granularity + "|" + periodStart + "|" + segment + "|" + currency;
        }
    }
}
