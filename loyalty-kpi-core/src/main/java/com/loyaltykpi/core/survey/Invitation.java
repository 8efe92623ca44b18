package com.loyaltykpi.core.survey;

import com.loyaltykpi.core.period.Segment;

import java.time.Instant;

/** An invitation to answer the survey: for whom, about which order (none in a wave), when, until when. */
public final class Invitation {

    private final long id;
    private final String customerId;
    private final String orderOrigin;
    private final String orderId;
    private final InvitationChannel channel;
    private final Segment segment;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private final Instant answeredAt;

    public Invitation(long id, String customerId, String orderOrigin, String orderId, InvitationChannel channel,
                      Segment segment, Instant issuedAt, Instant expiresAt, Instant answeredAt) {
        this.id = id;
        this.customerId = customerId;
        this.orderOrigin = orderOrigin;
        this.orderId = orderId;
        this.channel = channel;
        this.segment = segment;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.answeredAt = answeredAt;
    }

    public long id() {
        return id;
    }

    /** The customer, or null for a guest (or an anonymised answer). */
    public String customerId() {
        return customerId;
    }

    public String orderOrigin() {
        return orderOrigin;
    }

    /** The order asked about, or null in a wave. */
    public String orderId() {
        return orderId;
    }

    public InvitationChannel channel() {
        return channel;
    }

    /** MEMBER or NON_MEMBER: the customer's membership when the order was submitted (or when the wave ran). */
    public Segment segment() {
        return segment;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** When it was answered, or null. */
    public Instant answeredAt() {
        return answeredAt;
    }

    public boolean answered() {
        return answeredAt != null;
    }
}
