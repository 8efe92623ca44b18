package com.loyaltykpi.broadleaf.schema;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;

/** LK_BEHAVIOUR_SEGMENT: the behaviour model's segments per currency (customers, predicted value, P(active)). */
@Entity
@Table(name = "LK_BEHAVIOUR_SEGMENT")
public class BehaviourSegmentTable {

    @EmbeddedId
    protected Key key;

    @Column(name = "CUSTOMERS", nullable = false)
    protected int customers;

    @Column(name = "PREDICTED_VALUE", precision = 19, scale = 5)
    protected BigDecimal predictedValue;

    @Column(name = "P_ACTIVE", precision = 19, scale = 5)
    protected BigDecimal probabilityActive;

    /** The primary key. */
    @Embeddable
    public static class Key extends TextKey {
        private static final long serialVersionUID = 1L;

        @Column(name = "CURRENCY", length = 3, nullable = false)
        protected String currency;

        @Column(name = "SEGMENT", length = 16, nullable = false)
        protected String segment;

        @Override
        public String toString() {
            return currency + "|" + segment;
        }
    }
}
