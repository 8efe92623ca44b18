package com.loyaltykpi.server.members;

import com.loyaltykpi.core.screens.CustomerDirectory;
import com.loyaltykpi.core.screens.CustomerSummary;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The server's customers: the ids its sources sent with orders and memberships (it holds no names or e-mail
 * addresses). A search finds the ids that begin with the text. Every well-formed id has a page, so that a customer
 * can be enrolled by hand before their first order; an id with a character an address path cannot carry (/, \\, %, ;)
 * has none, and is not listed.
 */
class SeenCustomers implements CustomerDirectory {

    /** An id as the sources send it (at most 64 characters), without what an address path cannot carry. */
    private static final Pattern ID = Pattern.compile("[^/\\\\%;\\p{Cntrl}]{1,64}");

    private final JdbcTemplate jdbc;

    SeenCustomers(JdbcTemplate jdbc) {
        JdbcTemplate limited = new JdbcTemplate(jdbc.getDataSource());
        limited.setMaxRows(LIMIT);
        this.jdbc = limited;
    }

    @Override
    public List<CustomerSummary> find(String text) {
        String query = text == null ? "" : text.trim();
        if (query.isEmpty()) {
            return List.of();
        }
        // '!' escapes the wildcards, the same way on every database
        String prefix = query.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return jdbc.query("SELECT CUSTOMER_ID FROM LK_ORDER_FACT WHERE CUSTOMER_ID LIKE ? ESCAPE '!' "
                        + "UNION SELECT CUSTOMER_ID FROM LK_MEMBERSHIP WHERE CUSTOMER_ID LIKE ? ESCAPE '!' ORDER BY 1",
                (rs, row) -> rs.getString(1), prefix, prefix).stream().filter(this::isId).map(SeenCustomers::summary)
                .toList();
    }

    @Override
    public CustomerSummary byId(String id) {
        return isId(id) ? summary(id) : null;
    }

    /** The server knows customers by id only: no names. */
    @Override
    public Map<String, String> namesOf(Collection<String> ids) {
        return Map.of();
    }

    @Override
    public boolean isId(String text) {
        return text != null && ID.matcher(text).matches();
    }

    @Override
    public boolean contacts() {
        return false;
    }

    private static CustomerSummary summary(String id) {
        return new CustomerSummary(id, id, null, null);
    }
}
