package com.loyaltykpi.core.dashboard;

/**
 * The request parameters that choose what the dashboard and the KPI export show (range, from, to, granularity,
 * currency), bound by Spring MVC as the form sends them; any may be missing or wrong ({@link Dashboard#range}).
 */
public class RangeParameters {

    private String range;
    private String from;
    private String to;
    private String granularity;
    private String currency;

    public String getRange() {
        return range;
    }

    public void setRange(String range) {
        this.range = range;
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

    public String getGranularity() {
        return granularity;
    }

    public void setGranularity(String granularity) {
        this.granularity = granularity;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }
}
