package com.loyaltykpi.core.support;

/**
 * What a run of e-mails (survey invitations, reminders, operators' alerts) did: how many were sent, how many could
 * not be (retried by the next run).
 */
public final class MailingReport {

    public static final MailingReport NONE = new MailingReport(0, 0);

    private final int sent;
    private final int failed;

    public MailingReport(int sent, int failed) {
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
