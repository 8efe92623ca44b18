package com.loyaltykpi.broadleaf.schema;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;

/** LK_COHORT: retention cohorts (customers per cohort, and how many bought in each of the 12 months after). */
@Entity
@Table(name = "LK_COHORT")
public class CohortTable {

    @EmbeddedId
    protected Key key;

    @Column(name = "CUSTOMERS", nullable = false)
    protected int customers;

    @Column(name = "ACTIVE_1", nullable = false)
    protected int active1;

    @Column(name = "ACTIVE_2", nullable = false)
    protected int active2;

    @Column(name = "ACTIVE_3", nullable = false)
    protected int active3;

    @Column(name = "ACTIVE_4", nullable = false)
    protected int active4;

    @Column(name = "ACTIVE_5", nullable = false)
    protected int active5;

    @Column(name = "ACTIVE_6", nullable = false)
    protected int active6;

    @Column(name = "ACTIVE_7", nullable = false)
    protected int active7;

    @Column(name = "ACTIVE_8", nullable = false)
    protected int active8;

    @Column(name = "ACTIVE_9", nullable = false)
    protected int active9;

    @Column(name = "ACTIVE_10", nullable = false)
    protected int active10;

    @Column(name = "ACTIVE_11", nullable = false)
    protected int active11;

    @Column(name = "ACTIVE_12", nullable = false)
    protected int active12;

    /** The primary key. */
    @Embeddable
    public static class Key extends TextKey {
        private static final long serialVersionUID = 1L;

        @Column(name = "KIND", length = 16, nullable = false)
        protected String kind;

        @Column(name = "COHORT_MONTH", length = 7, nullable = false)
        protected String cohortMonth;

        @Column(name = "SEGMENT", length = 10, nullable = false)
        protected String segment;

        @Override
        public String toString() {
            return kind + "|" + cohortMonth + "|" + segment;
        }
    }
}
