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

    /** When the wave e-mail was sent; minus the instant a node began sending it, while it does. */
    @Column(name = "DELIVERED_AT")
    protected Long deliveredAt;

    /** When its one reminder was sent; minus the instant a node began sending it, while it does. */
    @Column(name = "REMINDED_AT")
    protected Long remindedAt;

    /** The start of the wave that issued it (unique with the customer); null for an order's invitation. */
    @Column(name = "WAVE_AT")
    protected Long waveAt;
}
