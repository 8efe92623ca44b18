package com.loyaltykpi.server.ofbiz;

import com.loyaltykpi.core.membership.MembershipPeriod;
import com.loyaltykpi.core.membership.MembershipSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

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
        List<MembershipPeriod> periods = new ArrayList<>();
        Instant[] latest = {after};
        ofbiz.query("SELECT PARTY_ID, FROM_DATE, THRU_DATE, LAST_UPDATED_TX_STAMP FROM PARTY_CLASSIFICATION "
                + "WHERE PARTY_CLASSIFICATION_GROUP_ID = :group AND LAST_UPDATED_TX_STAMP > :stamp "
                + "ORDER BY LAST_UPDATED_TX_STAMP", new MapSqlParameterSource("group", classification)
                .addValue("stamp", Timestamp.from(after)), rs -> {
                    Instant from = rs.getTimestamp(2).toInstant();
                    Timestamp thru = rs.getTimestamp(3);
                    add(periods, rs.getString(1), from, thru == null ? null : thru.toInstant());
                    latest[0] = rs.getTimestamp(4).toInstant();
                });
        return new Changed(periods, latest[0]);
    }

    private Changed attributesStoredAfter(Instant after) {
        List<MembershipPeriod> periods = new ArrayList<>();
        Instant[] latest = {after};
        ofbiz.query("SELECT PARTY_ID, ATTR_VALUE, CREATED_STAMP, LAST_UPDATED_STAMP, LAST_UPDATED_TX_STAMP "
                + "FROM PARTY_ATTRIBUTE WHERE ATTR_NAME = :name AND LAST_UPDATED_TX_STAMP > :stamp "
                + "ORDER BY LAST_UPDATED_TX_STAMP", new MapSqlParameterSource("name", attribute)
                .addValue("stamp", Timestamp.from(after)), rs -> {
                    String value = rs.getString(2);
                    Instant from = rs.getTimestamp(3).toInstant();
                    Instant stored = rs.getTimestamp(4).toInstant();
                    boolean member = value != null && !value.isBlank();
                    if (member || stored.isAfter(from)) {
                        add(periods, rs.getString(1), from, member ? null : stored);
                    }
                    latest[0] = rs.getTimestamp(5).toInstant();
                });
        return new Changed(periods, latest[0]);
    }

    private static void add(List<MembershipPeriod> periods, String party, Instant from, Instant left) {
        if (left == null || !left.isBefore(from)) {
            periods.add(new MembershipPeriod(party, from, left, MembershipSource.IMPORT,
                    left == null ? null : MembershipSource.IMPORT));
        }
    }
}
