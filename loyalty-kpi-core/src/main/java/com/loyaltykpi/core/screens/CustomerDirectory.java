package com.loyaltykpi.core.screens;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where the members screen finds customers: the host platform's own customers (the Broadleaf admin: names, e-mail
 * addresses, card numbers), or the customer ids the module has seen (the KPI server, which knows no more).
 */
public interface CustomerDirectory {

    /** At most this many customers are listed for a search. */
    int LIMIT = 50;

    /** The customers the text finds (at most {@link #LIMIT}); none for an empty text. */
    List<CustomerSummary> find(String text);

    /** The customer with this id, or null when there is none. */
    CustomerSummary byId(String id);

    /** Whether the text has the shape of a customer id here (anything else is refused with a 400). */
    boolean isId(String text);

    /** The names of these customers that have one here (ids without a name are left out). */
    Map<String, String> namesOf(Collection<String> ids);

    /** Whether customers have names, e-mail addresses and card numbers here, or only ids. */
    boolean contacts();
}
