package com.loyaltykpi.core.screens;

import java.time.LocalDate;

/**
 * The request parameters of the answers screen and its export (from, to, min, max, segment), bound by Spring MVC
 * as the filter form sends them; any may be missing or wrong ({@link AnswerQuery#parse}).
 */
public class AnswerParameters {

    private String from;
    private String to;
    private String min;
    private String max;
    private String segment;

    /** The query of these parameters, the default range ending today. */
    public AnswerQuery query(LocalDate today) {
        return AnswerQuery.parse(from, to, min, max, segment, today);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getMin() {
        return min;
    }

    public void setMin(String min) {
        this.min = min;
    }

    public String getMax() {
        return max;
    }

    public void setMax(String max) {
        this.max = max;
    }

    public String getSegment() {
        return segment;
    }

    public void setSegment(String segment) {
        this.segment = segment;
    }
}
