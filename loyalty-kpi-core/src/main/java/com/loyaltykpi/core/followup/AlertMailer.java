package com.loyaltykpi.core.followup;

import java.util.List;

/** How operators are alerted about an unhappy answer: the platform's e-mail (the Broadleaf adapter). */
public interface AlertMailer {

    /**
     * Sends one e-mail about the follow-up to all the recipients at once (the order, the customer or the guest's
     * address, the scores, the comment); throws when it could not be sent (retried later).
     */
    void send(List<String> recipients, FollowUp followUp);
}
