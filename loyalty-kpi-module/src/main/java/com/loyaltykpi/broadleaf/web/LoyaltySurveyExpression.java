package com.loyaltykpi.broadleaf.web;

import com.loyaltykpi.broadleaf.capture.BroadleafOrderReader;
import com.loyaltykpi.core.survey.AnswerChannel;
import com.loyaltykpi.core.survey.Answers;
import com.loyaltykpi.core.survey.Invitation;
import com.loyaltykpi.core.survey.Invitations;
import com.loyaltykpi.core.survey.SurveyConfiguration;
import com.loyaltykpi.core.survey.SurveyLinks;
import com.loyaltykpi.core.survey.SurveyOutcome;
import com.loyaltykpi.core.survey.page.ReturnPath;
import com.loyaltykpi.core.survey.page.SurveyPrompt;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.security.service.ExploitProtectionService;
import org.broadleafcommerce.common.web.expression.BroadleafVariableExpression;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Instant;

import javax.servlet.http.HttpServletRequest;

/**
 * {@code #loyaltySurvey} in Thymeleaf templates (pages and e-mails): the survey of an order. Never fails a page or
 * an e-mail: when anything goes wrong it logs and answers null, and the template shows no survey.
 * <ul>
 * <li>{@code #loyaltySurvey.prompt(order)}: the survey component's step for the confirmation page (the first
 * question, the follow-up, or the thank-you), or null when the order gets no survey (not submitted, outside the cap
 * or the sample) or its link has expired;</li>
 * <li>{@code #loyaltySurvey.link(order)}: the absolute survey link for the confirmation e-mail, or null.</li>
 * </ul>
 */
public class LoyaltySurveyExpression implements BroadleafVariableExpression {

    private static final Log LOG = LogFactory.getLog(LoyaltySurveyExpression.class);

    private final String origin;
    private final Invitations invitations;
    private final SurveyLinks links;
    private final SurveyConfiguration configuration;
    private final Answers answers;
    private final String stylesheet;
    private final ExploitProtectionService exploitProtection;

    public LoyaltySurveyExpression(String origin, Invitations invitations, SurveyLinks links,
                                   SurveyConfiguration configuration, Answers answers, String stylesheet,
                                   ExploitProtectionService exploitProtection) {
        this.origin = origin;
        this.invitations = invitations;
        this.links = links;
        this.configuration = configuration;
        this.answers = answers;
        this.stylesheet = stylesheet;
        this.exploitProtection = exploitProtection;
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
            SurveyPrompt.State step = stepOf(invitation);
            // the thank-you posts nothing: no link for it
            String token = step == SurveyPrompt.State.DONE ? null : invitations.token(invitation, AnswerChannel.PAGE);
            return SurveyPrompt.onPage(token, step, currentPage(), configuration.current().commentMaxLength(),
                    stylesheet, SurveyController.csrfField(exploitProtection));
        } catch (RuntimeException e) {
            LOG.error("Loyalty: no survey shown for order " + numberOf(order), e);
            return null;
        }
    }

    private SurveyPrompt.State stepOf(Invitation invitation) {
        if (!invitation.answered()) {
            return SurveyPrompt.State.OPEN;
        }
        return answers.state(invitation).status() == SurveyOutcome.Status.FOLLOW_UP ? SurveyPrompt.State.FOLLOW_UP
                : SurveyPrompt.State.DONE;
    }

    /** The page being rendered, within the site (its path and query), for the forms to come back to. */
    private static String currentPage() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes)) {
            return null; // an e-mail, rendered outside a request
        }
        HttpServletRequest request = ((ServletRequestAttributes) attributes).getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ReturnPath.orNull(request.getQueryString() == null ? path : path + "?" + request.getQueryString());
    }

    public String link(Order order) {
        try {
            Invitation invitation = invitationOf(order);
            return invitation == null || invitation.answered() ? null
                    : links.link(invitations.token(invitation, AnswerChannel.LINK));
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
        // expired (an erasure expires the customer's invitations at once): nothing to ask or thank for
        return invitation == null || !invitation.expiresAt().isAfter(Instant.now()) ? null : invitation;
    }

    private static String numberOf(Order order) {
        return order == null ? "(none)" : order.getOrderNumber();
    }
}
