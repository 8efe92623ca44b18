package com.loyaltykpi.core.survey;

import com.loyaltykpi.core.period.Segment;

import java.time.Instant;

/** One answer: the two scores, the comment (text, never markup), and who answered unless anonymised. */
public final class SurveyAnswer {

    private final long id;
    private final Instant answeredAt;
    private final AnswerChannel channel;
    private final Segment segment;
    private final String customerId;
    private final String orderId;
    private final int satisfaction;
    private final Integer recommend;
    private final String comment;

    public SurveyAnswer(long id, Instant answeredAt, AnswerChannel channel, Segment segment, String customerId,
                        String orderId, int satisfaction, Integer recommend, String comment) {
        this.id = id;
        this.answeredAt = answeredAt;
        this.channel = channel;
        this.segment = segment;
        this.customerId = customerId;
        this.orderId = orderId;
        this.satisfaction = satisfaction;
        this.recommend = recommend;
        this.comment = comment;
    }

    public long id() {
        return id;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public AnswerChannel channel() {
        return channel;
    }

    public Segment segment() {
        return segment;
    }

    /** The customer, or null (a guest, or anonymised). */
    public String customerId() {
        return customerId;
    }

    /** The order asked about, or null (a wave, or anonymised). */
    public String orderId() {
        return orderId;
    }

    /** 1 to 5. */
    public int satisfaction() {
        return satisfaction;
    }

    /** 0 to 10, or null when the shopper skipped the question. */
    public Integer recommend() {
        return recommend;
    }

    /** The comment as the shopper typed it, or null; escape it wherever it is shown. */
    public String comment() {
        return comment;
    }
}
