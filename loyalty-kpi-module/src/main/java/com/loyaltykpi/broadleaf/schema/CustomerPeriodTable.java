package com.loyaltykpi.broadleaf.schema;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** LK_CUSTOMER_PERIOD: each registered customer's orders per period, for exact distinct-customer KPIs. */
@Entity
@Table(name = "LK_CUSTOMER_PERIOD")
public class CustomerPeriodTable {

    @EmbeddedId
    protected Key key;

    @Column(name = "MEMBER_ORDERS", nullable = false)
    protected int memberOrders;

    @Column(name = "NON_MEMBER_ORDERS", nullable = false)
    protected int nonMemberOrders;

    /** The primary key. */
    @Embeddable
    public static class Key extends TextKey {
        private static final long serialVersionUID = 1L;

        @Column(name = "GRANULARITY", length = 8, nullable = false)
        protected String granularity;

        @Temporal(TemporalType.DATE)
        @Column(name = "PERIOD_START", nullable = false)
        protected Date periodStart;

        @Column(name = "CURRENCY", length = 3, nullable = false)
        protected String currency;

        @Column(name = "CUSTOMER_ID", length = 64, nullable = false)
        protected String customerId;

        @Override
        public String toString() {
            return granularity + "|" + periodStart + "|" + currency + "|" + customerId;
        }
    }
}
