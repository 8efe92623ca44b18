package com.loyaltykpi.core.survey;

/** What a run of survey e-mails did: how many were sent, how many could not be (retried by the next run). */
public final class MailingReport {

    static final MailingReport NONE = new MailingReport(0, 0);

    private final int sent;
    private final int failed;

    MailingReport(int sent, int failed) {
        this.sent = sent;
        this.failed = failed;
    }

    public int sent() {
        return sent;
    }

    public int failed() {
        return failed;
    }

    @Override
    public String toString() {
        return sent + " sent, " + failed + " failed";
    }
}
