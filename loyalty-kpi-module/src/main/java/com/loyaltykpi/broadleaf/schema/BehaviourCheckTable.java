package com.loyaltykpi.broadleaf.schema;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;

/** LK_BEHAVIOUR_CHECK: the honest check of the behaviour model per currency and frequency class. */
@Entity
@Table(name = "LK_BEHAVIOUR_CHECK")
public class BehaviourCheckTable {

    @EmbeddedId
    protected Key key;

    @Column(name = "CUSTOMERS", nullable = false)
    protected int customers;

    @Column(name = "PREDICTED", precision = 19, scale = 5, nullable = false)
    protected BigDecimal predicted;

    @Column(name = "ACTUAL", precision = 19, scale = 5, nullable = false)
    protected BigDecimal actual;

    /** The primary key. */
    @Embeddable
    public static class Key extends TextKey {
        private static final long serialVersionUID = 1L;

        @Column(name = "CURRENCY", length = 3, nullable = false)
        protected String currency;

        @Column(name = "REPEAT_PURCHASES", nullable = false)
        protected int repeatPurchases;

        @Override
        public String toString() {
            return currency + "|" + repeatPurchases;
        }
    }
}
