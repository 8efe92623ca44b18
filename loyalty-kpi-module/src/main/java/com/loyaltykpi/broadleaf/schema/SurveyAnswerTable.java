package com.loyaltykpi.broadleaf.schema;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** LK_SURVEY_ANSWER: survey answers, one per invitation. */
@Entity
@Table(name = "LK_SURVEY_ANSWER")
public class SurveyAnswerTable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    protected Long id;

    @Column(name = "INVITATION_ID", nullable = false)
    protected long invitationId;

    @Column(name = "ANSWERED_AT", nullable = false)
    protected long answeredAt;

    @Column(name = "CHANNEL", length = 8, nullable = false)
    protected String channel;

    @Column(name = "SEGMENT", length = 10, nullable = false)
    protected String segment;

    @Column(name = "CUSTOMER_ID", length = 64)
    protected String customerId;

    @Column(name = "ORDER_ID", length = 64)
    protected String orderId;

    @Column(name = "SATISFACTION", nullable = false)
    protected int satisfaction;

    /** Null until the shopper gives it (the follow-up after the one-click satisfaction score), or when skipped. */
    @Column(name = "RECOMMEND")
    protected Integer recommend;

    @Column(name = "COMMENT_TEXT", length = 10000)
    protected String comment;

    /** When the follow-up (recommendation, comment, or neither) was sent; null while it is awaited. */
    @Column(name = "FOLLOWED_UP_AT")
    protected Long followedUpAt;

    /** The currency of the answered order, kept when the link to the order is removed (the order mix). */
    @Column(name = "ORDER_CURRENCY", length = 3)
    protected String orderCurrency;

    /** The value step of the answered order, likewise. */
    @Column(name = "VALUE_STEP")
    protected Integer valueStep;
}
