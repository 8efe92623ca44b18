package com.loyaltykpi.broadleaf.web;

import com.loyaltykpi.broadleaf.capture.BroadleafOrderReader;
import com.loyaltykpi.core.survey.AnswerChannel;
import com.loyaltykpi.core.survey.Invitation;
import com.loyaltykpi.core.survey.Invitations;
import com.loyaltykpi.core.survey.SurveyConfiguration;
import com.loyaltykpi.core.survey.SurveyLinks;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.web.expression.BroadleafVariableExpression;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;

import java.time.Instant;

/**
 * {@code #loyaltySurvey} in Thymeleaf templates (pages and e-mails): the survey of an order. Never fails a page or
 * an e-mail: when anything goes wrong it logs and answers null, and the template shows no survey.
 * <ul>
 * <li>{@code #loyaltySurvey.prompt(order)}: for the confirmation page fragment, or null when the order gets no
 * survey (not submitted, outside the cap or the sample, answered already);</li>
 * <li>{@code #loyaltySurvey.link(order)}: the absolute survey link for the confirmation e-mail, or null.</li>
 * </ul>
 */
public class LoyaltySurveyExpression implements BroadleafVariableExpression {

    private static final Log LOG = LogFactory.getLog(LoyaltySurveyExpression.class);

    private final String origin;
    private final Invitations invitations;
    private final SurveyLinks links;
    private final SurveyConfiguration configuration;

    public LoyaltySurveyExpression(String origin, Invitations invitations, SurveyLinks links,
                                   SurveyConfiguration configuration) {
        this.origin = origin;
        this.invitations = invitations;
        this.links = links;
        this.configuration = configuration;
    }

    @Override
    public String getName() {
        return "loyaltySurvey";
    }

    public SurveyPrompt prompt(Order order) {
        try {
            Invitation invitation = invitationOf(order);
            if (invitation == null) {
                return null;
            }
            boolean guest = invitation.customerId() == null;
            String token = invitations.token(invitation, guest ? AnswerChannel.LINK : AnswerChannel.PAGE);
            return new SurveyPrompt(token, SurveyLinks.PATH + token, guest, configuration.current().commentMaxLength());
        } catch (RuntimeException e) {
            LOG.error("Loyalty: no survey shown for order " + numberOf(order), e);
            return null;
        }
    }

    public String link(Order order) {
        try {
            Invitation invitation = invitationOf(order);
            return invitation == null ? null : links.link(invitations.token(invitation, AnswerChannel.LINK));
        } catch (RuntimeException e) {
            LOG.error("Loyalty: no survey link for order " + numberOf(order), e);
            return null;
        }
    }

    private Invitation invitationOf(Order order) {
        if (order == null || order.getId() == null || order.getSubmitDate() == null
                || !OrderStatus.SUBMITTED.equals(order.getStatus())) {
            return null;
        }
        Invitation invitation = invitations.forOrder(origin, String.valueOf(order.getId()),
                BroadleafOrderReader.customerIdOf(order), Instant.ofEpochMilli(order.getSubmitDate().getTime()));
        // answered, or expired (an erasure expires the customer's invitations at once): nothing to ask
        return invitation == null || invitation.answered() || !invitation.expiresAt().isAfter(Instant.now()) ? null
                : invitation;
    }

    private static String numberOf(Order order) {
        return order == null ? "(none)" : order.getOrderNumber();
    }
}
