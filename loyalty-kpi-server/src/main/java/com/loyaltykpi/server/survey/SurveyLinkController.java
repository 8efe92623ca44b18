package com.loyaltykpi.server.survey;

import com.loyaltykpi.core.capture.FactStatus;
import com.loyaltykpi.core.capture.OrderFact;
import com.loyaltykpi.core.capture.OrderFactStore;
import com.loyaltykpi.core.survey.AnswerChannel;
import com.loyaltykpi.core.survey.Answers;
import com.loyaltykpi.core.survey.Invitation;
import com.loyaltykpi.core.survey.Invitations;
import com.loyaltykpi.core.survey.SurveyLinks;
import com.loyaltykpi.core.survey.SurveyOutcome;
import com.loyaltykpi.server.apikey.ApiKey;
import com.loyaltykpi.server.apikey.ApiKeyFilter;
import com.loyaltykpi.server.ingest.FieldProblem;
import com.loyaltykpi.server.ingest.IngestionController.Refusal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** The survey link of an order, for the shop's thank-you page or its confirmation e-mail. */
@RestController
@RequestMapping("/api/v1")
@SecurityRequirement(name = "apiKey")
public class SurveyLinkController {

    private final OrderFactStore facts;
    private final Invitations invitations;
    private final Answers answers;
    private final SurveyLinks links;

    public SurveyLinkController(OrderFactStore facts, Invitations invitations, Answers answers, SurveyLinks links) {
        this.facts = facts;
        this.invitations = invitations;
        this.answers = answers;
        this.links = links;
    }

    /** Which order (an id this key's source sent). */
    public record LinkRequest(String orderId) {
    }

    /**
     * The order's survey: invited or not (the cap, the sampling rate, an opt-out, an erased customer, an order older
     * than a link lives or cancelled: not invited); its state (OPEN, FOLLOW_UP, ALREADY_ANSWERED, EXPIRED); the links
     * while it can be answered.
     */
    public record SurveyLink(String orderId, boolean invited, String state, String link, String optOutLink,
                             Instant expiresAt) {
    }

    @Operation(summary = "Issue the survey link of an order sent before",
            description = "The same link every time for the same order. Not every order is invited (the frequency "
                    + "cap, the sampling rate, opt-outs, cancelled or old orders): then invited is false and there is "
                    + "no link. The link opens the survey page this server hosts (loyalty.survey.base-url); its "
                    + "opt-out address never invites the customer again. 404 for an order this source has not sent.")
    @PostMapping("/survey-links")
    public ResponseEntity<?> link(@RequestBody(required = false) LinkRequest request,
                                  @Parameter(hidden = true) @RequestAttribute(ApiKeyFilter.KEY) ApiKey key) {
        if (request == null || request.orderId() == null || request.orderId().isBlank()) {
            return problem(HttpStatus.BAD_REQUEST, "which order?", "orderId is missing");
        }
        OrderFact fact = facts.find(key.source(), request.orderId());
        if (fact == null) {
            return problem(HttpStatus.NOT_FOUND, "no such order", "no order " + request.orderId()
                    + " was sent from source " + key.source());
        }
        Invitation invitation = fact.status() == FactStatus.CANCELLED ? null : invitations.forFact(fact);
        if (invitation == null) {
            return ResponseEntity.ok(new SurveyLink(fact.orderId(), false, null, null, null, null));
        }
        SurveyOutcome.Status state = answers.state(invitation).status();
        String link = state == SurveyOutcome.Status.OPEN || state == SurveyOutcome.Status.FOLLOW_UP
                ? links.link(invitations.token(invitation, AnswerChannel.LINK)) : null;
        return ResponseEntity.ok(new SurveyLink(fact.orderId(), true, state.name(), link,
                link == null ? null : link + "/opt-out", invitation.expiresAt()));
    }

    private static ResponseEntity<Refusal> problem(HttpStatus status, String error, String message) {
        return ResponseEntity.status(status).body(new Refusal(status.value(), error,
                List.of(new FieldProblem("orderId", message))));
    }
}
