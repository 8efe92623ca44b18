package com.loyaltykpi.broadleaf.schema;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;

/** LK_BEHAVIOUR_CUT: the quintile cut points of the latest behaviour models, per currency and score (R, F, M). */
@Entity
@Table(name = "LK_BEHAVIOUR_CUT")
public class BehaviourCutTable {

    @EmbeddedId
    protected Key key;

    @Column(name = "CUT_1", nullable = false)
    protected double cut1;

    @Column(name = "CUT_2", nullable = false)
    protected double cut2;

    @Column(name = "CUT_3", nullable = false)
    protected double cut3;

    @Column(name = "CUT_4", nullable = false)
    protected double cut4;

    /** The primary key. */
    @Embeddable
    public static class Key extends TextKey {
        private static final long serialVersionUID = 1L;

        @Column(name = "CURRENCY", length = 3, nullable = false)
        protected String currency;

        @Column(name = "SCORE", length = 1, nullable = false)
        protected String score;

        @Override
        public String toString() {
            return currency + "|" + score;
        }
    }
}
