package com.loyaltykpi.server.ingest;

/**
 * A customer joined or left the program.
 *
 * @param customerId the source's id of the customer
 * @param type       ENROLLED or LEFT
 * @param at         when, ISO-8601 with an offset
 * @param source     how: API (the default), LOYALTY_CARD, REGISTRATION, ACCOUNT_PAGE, ADMIN or IMPORT
 */
public record MembershipEventIn(String customerId, String type, String at, String source) {
}
