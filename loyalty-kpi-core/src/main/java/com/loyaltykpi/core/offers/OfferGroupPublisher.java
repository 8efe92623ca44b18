package com.loyaltykpi.core.offers;

import java.util.Map;

/**
 * The platform's side of the offer groups: tells the shop each changed customer's group, so that its own offer
 * engine targets them (Broadleaf: a customer attribute an offer's customer rule reads). Held-out customers and
 * customers without a group are told null. Idempotent: the same state may be told again.
 */
public interface OfferGroupPublisher {

    /** The customers' current groups (null: none, or held out), by customer id. */
    void publish(Map<String, String> groupByCustomer);
}
