package com.loyaltykpi.server.ingest;

/**
 * A customer's e-mail address for the survey e-mails (waves, reminders).
 *
 * @param customerId the source's id of the customer
 * @param email      the address; null or missing removes the customer's contact
 * @param language   the language of their e-mails: en, it or de (missing: loyalty.survey.mail-language)
 */
public record ContactIn(String customerId, String email, String language) {
}
