package com.loyaltykpi.server.ingest;

/** A field of a request that is not valid: its path in the request's JSON and why. */
public record FieldProblem(String field, String message) {
}
