package com.loyaltykpi.server.ingest;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.loyaltykpi.core.settings.ClusterLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.stream.Collectors;

/** The API's answers to requests it cannot read, and to a busy database: a message, never a stack trace. */
@RestControllerAdvice(assignableTypes = IngestionController.class)
class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    /** A body that is not JSON, or a value of the wrong type (the field is named, as orders[2].items[0].revenue). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<IngestionController.Refusal> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && !String.valueOf(mapping.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining()).substring(1);
            return IngestionController.refused("the request's JSON has a value of the wrong type; nothing was written",
                    List.of(new FieldProblem(field, field + " has the wrong type (amounts are numbers, "
                            + "everything else text)")));
        }
        return IngestionController.refused("the request body is not valid JSON; nothing was written",
                List.of(new FieldProblem("", "the body must be a JSON object")));
    }

    /** Another instance holds the import lock longer than the configured wait: the batch can be sent again. */
    @ExceptionHandler(ClusterLock.Busy.class)
    ResponseEntity<IngestionController.Refusal> busy(ClusterLock.Busy e) {
        LOG.warn("Loyalty: a batch waited too long for the import lock; it was not written ({})", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "10")
                .body(new IngestionController.Refusal(503, "the database is busy with another import; nothing was "
                        + "written, send the batch again", List.of()));
    }
}
