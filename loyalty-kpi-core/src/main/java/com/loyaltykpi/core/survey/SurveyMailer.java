package com.loyaltykpi.core.survey;

import java.util.Collection;
import java.util.Set;

/** How the module's survey e-mails reach customers: the platform's e-mail (the Broadleaf adapter) or another channel. */
public interface SurveyMailer {

    /** Those of these customers who can be reached (an address on file, an active account). */
    Set<String> reachable(Collection<String> customerIds);

    /**
     * Sends the invitation's customer this survey e-mail with the link; throws when it could not be sent (it is
     * retried later).
     */
    void send(Invitation invitation, SurveyMail mail, String surveyLink);
}
