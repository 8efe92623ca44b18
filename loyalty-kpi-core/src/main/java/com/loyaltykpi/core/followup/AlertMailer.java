package com.loyaltykpi.core.followup;

import java.util.List;

/** How operators are alerted about an unhappy answer: the platform's e-mail (the Broadleaf adapter). */
public interface AlertMailer {

    /**
     * Whether e-mail can go out from this node at all (a shop, or one of its webapps, may send none): when not, no
     * alert is claimed here, so none is marked sent without being sent.
     */
    boolean canSend();

    /**
     * Sends one e-mail about the follow-up to all the recipients at once (the order, the customer or the guest's
     * address, the scores, the comment); throws when it could not be sent (retried later).
     */
    void send(List<String> recipients, FollowUp followUp);
}
