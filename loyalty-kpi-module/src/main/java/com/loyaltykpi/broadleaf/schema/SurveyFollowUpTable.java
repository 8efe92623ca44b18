package com.loyaltykpi.broadleaf.schema;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** LK_SURVEY_FOLLOW_UP: follow-ups of unhappy answers, one per answered invitation. */
@Entity
@Table(name = "LK_SURVEY_FOLLOW_UP")
public class SurveyFollowUpTable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    protected Long id;

    @Column(name = "INVITATION_ID", nullable = false)
    protected long invitationId;

    @Column(name = "SEGMENT", length = 10, nullable = false)
    protected String segment;

    @Column(name = "OPENED_AT", nullable = false)
    protected long openedAt;

    /** When the operators' alert was sent; minus the instant a node began sending it, while it does. */
    @Column(name = "ALERTED_AT")
    protected Long alertedAt;

    @Column(name = "ALERT_ATTEMPTS", nullable = false)
    protected int alertAttempts;

    @Column(name = "ALERT_PROBLEM", length = 200)
    protected String alertProblem;

    @Column(name = "CLOSED_AT")
    protected Long closedAt;

    @Column(name = "CLOSED_BY", length = 255)
    protected String closedBy;

    @Column(name = "NOTE_TEXT", length = 2000)
    protected String note;
}
