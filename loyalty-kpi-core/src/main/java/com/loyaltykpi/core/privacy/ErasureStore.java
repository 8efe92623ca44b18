package com.loyaltykpi.core.privacy;

import com.loyaltykpi.core.membership.ErasedCustomers;
import com.loyaltykpi.core.support.Chunks;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
        return customerId != null && jdbc.queryForObject("SELECT COUNT(*) FROM LK_ERASURE WHERE KIND = ? AND ORIGIN = ? "
                + "AND SUBJECT_ID = ?", Integer.class, CUSTOMER, origin, customerId) > 0;
    }

    @Override
    public Set<String> erasedAmong(Collection<String> customerIds) {
        return among(CUSTOMER, customerIds);
    }

    /** Whether the order, or its customer, was erased: it must not be invited to a survey. One query. */
    public boolean orderErased(String orderId, String customerId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM LK_ERASURE WHERE ORIGIN = ? AND ((KIND = ? AND SUBJECT_ID = ?) "
                + "OR (KIND = ? AND SUBJECT_ID = ?))", Integer.class, origin, ORDER, orderId, CUSTOMER,
                customerId == null ? "" : customerId) > 0;
    }

    /**
     * Records the erasure of the customer and of these orders; recording one twice is harmless. The caller holds
     * the erasure's lock: no other erasure adds the same key meanwhile.
     */
    void record(String customerId, Collection<String> orderIds, Instant at) {
        if (customerId != null) {
            insertMissing(CUSTOMER, Collections.singleton(customerId), at);
        }
        insertMissing(ORDER, orderIds, at);
    }

    /** The subjects of this kind among these that were erased (one query per thousand). */
    private Set<String> among(String kind, Collection<String> subjectIds) {
        Set<String> erased = new HashSet<String>();
        for (List<String> chunk : Chunks.of(subjectIds)) {
            erased.addAll(named.queryForList("SELECT SUBJECT_ID FROM LK_ERASURE WHERE KIND = :kind AND ORIGIN = :origin "
                    + "AND SUBJECT_ID IN (:ids)", new MapSqlParameterSource("kind", kind).addValue("origin", origin)
                    .addValue("ids", chunk), String.class));
        }
        return erased;
    }

    private void insertMissing(final String kind, Collection<String> subjectIds, final Instant at) {
        final List<String> missing = new ArrayList<String>(new LinkedHashSet<String>(subjectIds));
        missing.removeAll(among(kind, missing));
        if (missing.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO LK_ERASURE (KIND, ORIGIN, SUBJECT_ID, ERASED_AT) VALUES (?, ?, ?, ?)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        ps.setString(1, kind);
                        ps.setString(2, origin);
                        ps.setString(3, missing.get(i));
                        ps.setLong(4, at.toEpochMilli());
                    }

                    @Override
                    public int getBatchSize() {
                        return missing.size();
                    }
                });
    }
}
