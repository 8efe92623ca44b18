package com.loyaltykpi.broadleaf.schema;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;

/** LK_CUSTOMER_MODEL: the behaviour model of each registered customer per currency (docs/CUSTOMERS.md). */
@Entity
@Table(name = "LK_CUSTOMER_MODEL")
public class CustomerModelTable {

    @EmbeddedId
    protected Key key;

    @Column(name = "RECENCY_SCORE", nullable = false)
    protected int recencyScore;

    @Column(name = "FREQUENCY_SCORE", nullable = false)
    protected int frequencyScore;

    @Column(name = "MONETARY_SCORE", nullable = false)
    protected int monetaryScore;

    @Column(name = "SEGMENT", length = 16, nullable = false)
    protected String segment;

    @Column(name = "PURCHASES", nullable = false)
    protected int purchases;

    @Column(name = "RECENCY_DAYS", nullable = false)
    protected int recencyDays;

    @Column(name = "P_ACTIVE", precision = 19, scale = 5)
    protected BigDecimal probabilityActive;

    @Column(name = "EXPECTED_PURCHASES", precision = 19, scale = 5)
    protected BigDecimal expectedPurchases;

    @Column(name = "EXPECTED_SPEND", precision = 19, scale = 5)
    protected BigDecimal expectedSpend;

    @Column(name = "PREDICTED_VALUE", precision = 19, scale = 5)
    protected BigDecimal predictedValue;

    @Column(name = "COMPUTED_AT", nullable = false)
    protected long computedAt;

    /** The primary key. */
    @Embeddable
    public static class Key extends TextKey {
        private static final long serialVersionUID = 1L;

        @Column(name = "CUSTOMER_ID", length = 64, nullable = false)
        protected String customerId;

        @Column(name = "CURRENCY", length = 3, nullable = false)
        protected String currency;

        @Override
        public String toString() {
            return customerId + "|" + currency;
        }
    }
}
