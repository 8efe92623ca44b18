package com.loyaltykpi.core.survey;

import com.loyaltykpi.core.capture.CaptureListener;
import com.loyaltykpi.core.capture.FactStatus;
import com.loyaltykpi.core.capture.OrderFact;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.List;

/**
 * Issues the survey invitation of every order live capture records, right after it is recorded: so every
 * submitted order is invited (within the cap and the sampling rate) whether or not the shopper sees the
 * confirmation page, and the response rate counts them all.
 */
public class InviteAfterCapture implements CaptureListener {

    private static final Log LOG = LogFactory.getLog(InviteAfterCapture.class);

    private final Invitations invitations;

    public InviteAfterCapture(Invitations invitations) {
        this.invitations = invitations;
    }

    @Override
    public void recorded(List<OrderFact> facts) {
        for (OrderFact fact : facts) {
            if (fact.status() != FactStatus.SUBMITTED) {
                continue;
            }
            try {
                invitations.forFact(fact);
            } catch (RuntimeException e) {
                LOG.warn("Loyalty: no survey invitation for order " + fact.orderNumber() + ": " + e.getMessage());
            }
        }
    }
}
