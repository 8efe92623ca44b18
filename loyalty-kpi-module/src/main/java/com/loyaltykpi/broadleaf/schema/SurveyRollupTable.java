package com.loyaltykpi.broadleaf.schema;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** LK_SURVEY_ROLLUP: satisfaction measures per (granularity, period, segment). */
@Entity
@Table(name = "LK_SURVEY_ROLLUP")
public class SurveyRollupTable {

    @EmbeddedId
    protected Key key;

    @Column(name = "INVITATIONS", nullable = false)
    protected long invitations;

    @Column(name = "ANSWERED_INVITATIONS", nullable = false)
    protected long answeredInvitations;

    @Column(name = "ANSWERS", nullable = false)
    protected long answers;

    @Column(name = "SATISFACTION_SUM", nullable = false)
    protected long satisfactionSum;

    @Column(name = "SATISFACTION_SQUARES", nullable = false)
    protected long satisfactionSquares;

    @Column(name = "SATISFIED", nullable = false)
    protected long satisfied;

    @Column(name = "RECOMMEND_ANSWERS", nullable = false)
    protected long recommendAnswers;

    @Column(name = "PROMOTERS", nullable = false)
    protected long promoters;

    @Column(name = "DETRACTORS", nullable = false)
    protected long detractors;

    @Column(name = "WAVE_INVITATIONS", nullable = false)
    protected long waveInvitations;

    @Column(name = "WAVE_ANSWERED", nullable = false)
    protected long waveAnswered;

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

        @Override
        public String toString() {
            return granularity + "|" + periodStart + "|" + segment;
        }
    }
}
