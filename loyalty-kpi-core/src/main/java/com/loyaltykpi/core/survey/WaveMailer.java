package com.loyaltykpi.core.survey;

import java.util.Collection;
import java.util.Set;

/** How a relationship wave reaches customers: the platform's e-mail (the Broadleaf adapter) or another channel. */
public interface WaveMailer {

    /** Those of these customers who can be reached (an address on file, an active account). */
    Set<String> reachable(Collection<String> customerIds);

    /** Sends the customer the survey link; throws when it could not be sent (the wave retries later). */
    void send(String customerId, String surveyLink);
}
