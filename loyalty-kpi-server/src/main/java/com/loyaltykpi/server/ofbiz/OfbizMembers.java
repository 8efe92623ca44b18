package com.loyaltykpi.server.ofbiz;

import com.loyaltykpi.core.membership.MembershipPeriod;
import com.loyaltykpi.core.membership.MembershipSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Program membership as an OFBiz shop keeps it, read by OFBiz's transaction stamps, in one of two ways:
 * <ul>
 * <li>the parties in a party classification group (PARTY_CLASSIFICATION, from its fromDate to its thruDate; a row with
 * a thruDate before its fromDate is left out);</li>
 * <li>the parties with a party attribute (PARTY_ATTRIBUTE, such as a loyalty card number): a member from when the
 * attribute was created while it has a value; emptied, the membership ended when the row was last stored. An attribute
 * created empty is left out.</li>
 * </ul>
 */
final class OfbizMembers {

    private final NamedParameterJdbcTemplate ofbiz;
    private final String classification;
    private final String attribute;

    /** Either a classification group or an attribute name (the other empty); both empty: no members read. */
    OfbizMembers(NamedParameterJdbcTemplate ofbiz, String classification, String attribute) {
        this.ofbiz = ofbiz;
        this.classification = classification == null ? "" : classification;
        this.attribute = attribute == null ? "" : attribute;
    }

    /** Whether members are read from OFBiz at all. */
    boolean configured() {
        return !classification.isBlank() || !attribute.isBlank();
    }

    /** The periods stored after this instant, and the latest stamp among them. */
    record Changed(List<MembershipPeriod> periods, Instant latest) {
    }

    Changed storedAfter(Instant after) {
        return classification.isBlank() ? attributesStoredAfter(after) : classifiedAfter(after);
    }

    private Changed classifiedAfter(Instant after) {
        return read("SELECT PARTY_ID, FROM_DATE, THRU_DATE, LAST_UPDATED_TX_STAMP FROM PARTY_CLASSIFICATION "
                + "WHERE PARTY_CLASSIFICATION_GROUP_ID = :key AND LAST_UPDATED_TX_STAMP > :stamp "
                + "ORDER BY LAST_UPDATED_TX_STAMP", classification, after, rs -> {
                    Timestamp thru = rs.getTimestamp(3);
                    Instant left = thru == null ? null : thru.toInstant();
                    return period(rs.getString(1), rs.getTimestamp(2).toInstant(), left);
                });
    }

    private Changed attributesStoredAfter(Instant after) {
        return read("SELECT PARTY_ID, ATTR_VALUE, CREATED_STAMP, LAST_UPDATED_STAMP, LAST_UPDATED_TX_STAMP "
                + "FROM PARTY_ATTRIBUTE WHERE ATTR_NAME = :key AND LAST_UPDATED_TX_STAMP > :stamp "
                + "ORDER BY LAST_UPDATED_TX_STAMP", attribute, after, rs -> {
                    String value = rs.getString(2);
                    Instant from = rs.getTimestamp(3).toInstant();
                    Instant stored = rs.getTimestamp(4).toInstant();
                    boolean member = value != null && !value.isBlank();
                    if (!member && !stored.isAfter(from)) {
                        return null; // created empty
                    }
                    return period(rs.getString(1), from, member ? null : stored);
                });
    }

    /** A row's period, or null when the row is no membership. */
    private interface Row {
        MembershipPeriod period(ResultSet rs) throws SQLException;
    }

    /** The rows of this key stored after the instant (their last column the stamp), in the order they were stored. */
    private Changed read(String sql, String key, Instant after, Row row) {
        List<MembershipPeriod> periods = new ArrayList<>();
        Instant[] latest = {after};
        ofbiz.query(sql, new MapSqlParameterSource("key", key).addValue("stamp", Timestamp.from(after)), rs -> {
            MembershipPeriod period = row.period(rs);
            if (period != null) {
                periods.add(period);
            }
            latest[0] = rs.getTimestamp(rs.getMetaData().getColumnCount()).toInstant();
        });
        return new Changed(periods, latest[0]);
    }

    /** The period from the first instant to the second (null: open), or null when it would end before it begins. */
    private static MembershipPeriod period(String party, Instant from, Instant left) {
        if (left != null && left.isBefore(from)) {
            return null;
        }
        return new MembershipPeriod(party, from, left, MembershipSource.IMPORT,
                left == null ? null : MembershipSource.IMPORT);
    }
}
