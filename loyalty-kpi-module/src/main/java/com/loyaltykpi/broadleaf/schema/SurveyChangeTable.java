package com.loyaltykpi.broadleaf.schema;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** LK_SURVEY_CHANGE: invitations and answers the satisfaction rollups have not counted yet. */
@Entity
@Table(name = "LK_SURVEY_CHANGE")
public class SurveyChangeTable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    protected Long id;

    @Column(name = "KIND", length = 10, nullable = false)
    protected String kind;

    @Column(name = "SEGMENT", length = 10, nullable = false)
    protected String segment;

    @Column(name = "HAPPENED_AT", nullable = false)
    protected long happenedAt;

    @Column(name = "ISSUED_AT", nullable = false)
    protected long issuedAt;

    @Column(name = "SATISFACTION", nullable = false)
    protected int satisfaction;

    @Column(name = "RECOMMEND", nullable = false)
    protected int recommend;

    @Column(name = "CHANNEL", length = 16)
    protected String channel;

    @Column(name = "ORDER_CURRENCY", length = 3)
    protected String orderCurrency;

    @Column(name = "VALUE_STEP")
    protected Integer valueStep;
}
