package com.loyaltykpi.broadleaf.schema;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** LK_SURVEY_INVITATION: survey invitations, at most one per order. */
@Entity
@Table(name = "LK_SURVEY_INVITATION")
public class SurveyInvitationTable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    protected Long id;

    @Column(name = "CUSTOMER_ID", length = 64)
    protected String customerId;

    @Column(name = "ORDER_ORIGIN", length = 16)
    protected String orderOrigin;

    @Column(name = "ORDER_ID", length = 64)
    protected String orderId;

    @Column(name = "CHANNEL", length = 16, nullable = false)
    protected String channel;

    @Column(name = "SEGMENT", length = 10, nullable = false)
    protected String segment;

    @Column(name = "ISSUED_AT", nullable = false)
    protected long issuedAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    protected long expiresAt;

    @Column(name = "ANSWERED_AT")
    protected Long answeredAt;

    @Column(name = "DELIVERED_AT")
    protected Long deliveredAt;
}
