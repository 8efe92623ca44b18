package com.loyaltykpi.server.ingest;

import com.loyaltykpi.server.apikey.ApiKey;
import com.loyaltykpi.server.apikey.ApiKeyFilter;
import com.loyaltykpi.server.config.LoyaltyProperties;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The ingestion API: a source's orders and membership events, in batches. */
@RestController
@RequestMapping("/api/v1")
@SecurityRequirement(name = "apiKey")
public class IngestionController {

    private final OrderIngestion orders;
    private final MembershipFeed memberships;
    private final ContactFeed contacts;
    private final LoyaltyProperties properties;

    public IngestionController(OrderIngestion orders, MembershipFeed memberships, ContactFeed contacts,
                               LoyaltyProperties properties) {
        this.orders = orders;
        this.memberships = memberships;
        this.contacts = contacts;
        this.properties = properties;
    }

    /** A batch of orders. */
    public record OrderBatch(List<OrderIn> orders) {
    }

    /** A batch of membership events, applied in the order given. */
    public record MembershipBatch(List<MembershipEventIn> events) {
    }

    /** A batch of customers' e-mail addresses. */
    public record ContactBatch(List<ContactIn> contacts) {
    }

    /** Why a whole batch was refused: every problem, each naming its field. Nothing was written. */
    public record Refusal(int status, String error, List<FieldProblem> problems) {
    }

    @Operation(summary = "Record orders (new, changed or cancelled), idempotent by the source's order id",
            description = "The batch is checked whole. With an invalid order nothing is written and the answer (400) "
                    + "names every invalid field, unless skipInvalid=true: then the valid orders are written and the "
                    + "invalid ones listed. Sending an order again changes nothing; sending it with other figures "
                    + "or status CANCELLED corrects the KPIs of its periods.")
    @PostMapping("/orders")
    public ResponseEntity<?> orders(@RequestBody OrderBatch batch,
                                    @Parameter(description = "write the valid orders of a batch with invalid ones")
                                    @RequestParam(defaultValue = "false") boolean skipInvalid,
                                    @Parameter(hidden = true) @RequestAttribute(ApiKeyFilter.KEY) ApiKey key) {
        ResponseEntity<Refusal> tooMany = sizeProblem(batch == null ? null : batch.orders(), "orders");
        if (tooMany != null) {
            return tooMany;
        }
        OrderIngestion.Result result = orders.ingest(key.source(), batch.orders(), skipInvalid);
        if (result.refused()) {
            return refused(result.problems().size() + " of the batch's fields are not valid; nothing was written",
                    result.problems());
        }
        return ResponseEntity.ok(result);
    }

    @Operation(summary = "Record customers joining or leaving the program",
            description = "Events apply in the order given; each answer says what it did (ENROLLED, ALREADY_MEMBER, "
                    + "LEFT, NOT_A_MEMBER, SOURCE_DISABLED, ERASED, BEFORE_ENROLMENT). Orders of these customers "
                    + "recorded earlier get their member flag re-stamped. An invalid event refuses the batch (400).")
    @PostMapping("/memberships")
    public ResponseEntity<?> memberships(@RequestBody MembershipBatch batch) {
        ResponseEntity<Refusal> tooMany = sizeProblem(batch == null ? null : batch.events(), "events");
        if (tooMany != null) {
            return tooMany;
        }
        MembershipFeed.Result result = memberships.apply(batch.events());
        if (result.refused()) {
            return refused(result.problems().size() + " of the batch's fields are not valid; nothing was written",
                    result.problems());
        }
        return ResponseEntity.ok(result);
    }

    @Operation(summary = "Give customers' e-mail addresses for the survey e-mails (waves and reminders)",
            description = "Each contact replaces the customer's earlier one; a contact without email removes it. An "
                    + "erased customer's address is not kept. Each answer says what it did (SAVED, REMOVED, NONE, "
                    + "ERASED). An invalid contact refuses the batch (400). The addresses are personal data: they are "
                    + "in the customer's access export and deleted by their erasure.")
    @PostMapping("/contacts")
    public ResponseEntity<?> contacts(@RequestBody ContactBatch batch) {
        ResponseEntity<Refusal> tooMany = sizeProblem(batch == null ? null : batch.contacts(), "contacts");
        if (tooMany != null) {
            return tooMany;
        }
        ContactFeed.Result result = contacts.apply(batch.contacts());
        if (result.refused()) {
            return refused(result.problems().size() + " of the batch's fields are not valid; nothing was written",
                    result.problems());
        }
        return ResponseEntity.ok(result);
    }

    private ResponseEntity<Refusal> sizeProblem(List<?> items, String field) {
        if (items == null || items.isEmpty()) {
            return refused("the batch is empty", List.of(new FieldProblem(field, field + " is missing or empty")));
        }
        if (items.size() > properties.maxBatch()) {
            return refused("the batch is too large", List.of(new FieldProblem(field, "at most "
                    + properties.maxBatch() + " per batch (loyalty.max-batch); this one has " + items.size())));
        }
        return null;
    }

    static ResponseEntity<Refusal> refused(String error, List<FieldProblem> problems) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new Refusal(400, error, problems));
    }
}
