package com.loyaltykpi.broadleaf.schema;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** LK_MIX_ROLLUP: orders and answers about orders per (granularity, period, segment, currency, order-value step). */
@Entity
@Table(name = "LK_MIX_ROLLUP")
public class MixRollupTable {

    @EmbeddedId
    protected Key key;

    @Column(name = "ITEMS", nullable = false)
    protected long items;

    @Column(name = "SCORE_SUM", nullable = false)
    protected long scoreSum;

    @Column(name = "SCORE_SQUARES", nullable = false)
    protected long scoreSquares;

    /** The primary key. */
    @Embeddable
    public static class Key extends TextKey {
        private static final long serialVersionUID = 1L;

        @Column(name = "SOURCE", length = 8, nullable = false)
        protected String source;

        @Column(name = "GRANULARITY", length = 8, nullable = false)
        protected String granularity;

        @Temporal(TemporalType.DATE)
        @Column(name = "PERIOD_START", nullable = false)
        protected Date periodStart;

        @Column(name = "SEGMENT", length = 10, nullable = false)
        protected String segment;

        @Column(name = "CURRENCY", length = 3, nullable = false)
        protected String currency;

        @Column(name = "VALUE_STEP", nullable = false)
        protected int valueStep;

        @Override
        public String toString() {
            return source + "|" + granularity + "|" + periodStart + "|" + segment + "|" + currency + "|" + valueStep;
        }
    }
}
