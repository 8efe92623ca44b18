package com.loyaltykpi.core.privacy;

import com.loyaltykpi.core.membership.ErasedCustomers;

import com.loyaltykpi.core.support.Chunks;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * LK_ERASURE: the customers and orders erased on request, by the platform's keys only. It is what lets the module
 * honour an erasure later: an erased customer is never enrolled again, an erased order never invited to a survey.
 */
public class ErasureStore implements ErasedCustomers {

    static final String CUSTOMER = "CUSTOMER";
    static final String ORDER = "ORDER";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final String origin;

    /** @param origin the platform whose keys these are (the order facts' origin) */
    public ErasureStore(JdbcTemplate jdbc, String origin) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.origin = origin;
    }

    public String origin() {
        return origin;
    }

    @Override
    public boolean customerErased(String customerId) {
        return customerId != null && exists(CUSTOMER, customerId);
    }

    @Override
    public Set<String> erasedAmong(Collection<String> customerIds) {
        Set<String> erased = new HashSet<String>();
        for (List<String> chunk : Chunks.of(customerIds)) {
            erased.addAll(named.queryForList("SELECT SUBJECT_ID FROM LK_ERASURE WHERE KIND = :kind AND ORIGIN = :origin "
                    + "AND SUBJECT_ID IN (:ids)", new MapSqlParameterSource("kind", CUSTOMER).addValue("origin", origin)
                    .addValue("ids", chunk), String.class));
        }
        return erased;
    }

    /** Whether the order, or its customer, was erased: it must not be invited to a survey. */
    public boolean orderErased(String orderId, String customerId) {
        return exists(ORDER, orderId) || customerErased(customerId);
    }

    /** Records the erasure of the customer and of these orders; recording one twice is harmless. */
    void record(String customerId, Collection<String> orderIds, Instant at) {
        if (customerId != null) {
            insertMissing(CUSTOMER, customerId, at);
        }
        for (String orderId : orderIds) {
            insertMissing(ORDER, orderId, at);
        }
    }

    private boolean exists(String kind, String subjectId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM LK_ERASURE WHERE KIND = ? AND ORIGIN = ? AND SUBJECT_ID = ?",
                Integer.class, kind, origin, subjectId) > 0;
    }

    /** The caller holds the erasure's lock: no other erasure adds the same key meanwhile. */
    private void insertMissing(String kind, String subjectId, Instant at) {
        if (!exists(kind, subjectId)) {
            jdbc.update("INSERT INTO LK_ERASURE (KIND, ORIGIN, SUBJECT_ID, ERASED_AT) VALUES (?, ?, ?, ?)", kind, origin,
                    subjectId, at.toEpochMilli());
        }
    }
}
