package com.loyaltykpi.core.followup;

import com.loyaltykpi.core.period.Segment;

import java.time.Instant;

/**
 * The follow-up of an unhappy answer: the answer it is about (scores, comment, order, customer), the operators'
 * alert, and, once closed, what was done, by whom and when.
 */
public final class FollowUp {

    private final long id;
    private final Segment segment;
    private final Instant openedAt;
    private final Answer answer;
    private final Alert alert;
    private final Instant closedAt;
    private final String closedBy;
    private final String note;

    FollowUp(long id, Segment segment, Instant openedAt, Answer answer, Alert alert, Instant closedAt,
             String closedBy, String note) {
        this.id = id;
        this.segment = segment;
        this.openedAt = openedAt;
        this.answer = answer;
        this.alert = alert;
        this.closedAt = closedAt;
        this.closedBy = closedBy;
        this.note = note;
    }

    public long id() {
        return id;
    }

    /** The customer's segment when the order was submitted (or the wave ran). */
    public Segment segment() {
        return segment;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Answer answer() {
        return answer;
    }

    public Alert alert() {
        return alert;
    }

    /** When an operator closed it, or null while it is open. */
    public Instant closedAt() {
        return closedAt;
    }

    /** The operator's login name, or null while open. */
    public String closedBy() {
        return closedBy;
    }

    /** What the operator did, or null while open. */
    public String note() {
        return note;
    }

    public boolean open() {
        return closedAt == null;
    }

    /** The answer behind a follow-up, as the operators see it. */
    public static final class Answer {
        private final Instant answeredAt;
        private final String channel;
        private final String customerId;
        private final String orderId;
        private final String orderNumber;
        private final int satisfaction;
        private final Integer recommend;
        private final String comment;

        Answer(Instant answeredAt, String channel, String customerId, String orderId, String orderNumber,
               int satisfaction, Integer recommend, String comment) {
            this.answeredAt = answeredAt;
            this.channel = channel;
            this.customerId = customerId;
            this.orderId = orderId;
            this.orderNumber = orderNumber;
            this.satisfaction = satisfaction;
            this.recommend = recommend;
            this.comment = comment;
        }

        public Instant answeredAt() {
            return answeredAt;
        }

        /** PAGE, LINK or REMINDER. */
        public String channel() {
            return channel;
        }

        /** The registered customer, or null for a guest (or an erased customer). */
        public String customerId() {
            return customerId;
        }

        /** The platform's order id, or null in a wave (or after an erasure). */
        public String orderId() {
            return orderId;
        }

        /** The order number the shopper knows, or null when unknown. */
        public String orderNumber() {
            return orderNumber;
        }

        public int satisfaction() {
            return satisfaction;
        }

        /** The recommendation score, or null when not given (yet). */
        public Integer recommend() {
            return recommend;
        }

        /** The comment, or null. */
        public String comment() {
            return comment;
        }
    }

    /** The operators' alert e-mail: sent (when), or how many attempts failed and why. */
    public static final class Alert {
        private final Instant sentAt;
        private final int attempts;
        private final String problem;

        Alert(Instant sentAt, int attempts, String problem) {
            this.sentAt = sentAt;
            this.attempts = attempts;
            this.problem = problem;
        }

        /** When it was sent, or null. */
        public Instant sentAt() {
            return sentAt;
        }

        /** Failed attempts so far. */
        public int attempts() {
            return attempts;
        }

        /** The last failure (the kind of error, never an address), or null. */
        public String problem() {
            return problem;
        }
    }
}
