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
 * Program membership as an OFBiz shop keeps it: the parties in a party classification group (PARTY_CLASSIFICATION,
 * from its fromDate to its thruDate), read by OFBiz's transaction stamps. A row with a thruDate before its fromDate
 * is left out.
 */
final class OfbizMembers {

    private final NamedParameterJdbcTemplate ofbiz;

    OfbizMembers(NamedParameterJdbcTemplate ofbiz) {
        this.ofbiz = ofbiz;
    }

    /** The group's periods stored after this instant, and the latest stamp among them. */
    record Changed(List<MembershipPeriod> periods, Instant latest) {
    }

    Changed storedAfter(String group, Instant after) {
        List<MembershipPeriod> periods = new ArrayList<>();
        Instant[] latest = {after};
        ofbiz.query("SELECT PARTY_ID, FROM_DATE, THRU_DATE, LAST_UPDATED_TX_STAMP FROM PARTY_CLASSIFICATION "
                + "WHERE PARTY_CLASSIFICATION_GROUP_ID = :group AND LAST_UPDATED_TX_STAMP > :stamp "
                + "ORDER BY LAST_UPDATED_TX_STAMP", new MapSqlParameterSource("group", group)
                .addValue("stamp", Timestamp.from(after)), rs -> {
                    Instant from = rs.getTimestamp(2).toInstant();
                    Timestamp thru = rs.getTimestamp(3);
                    Instant left = thru == null ? null : thru.toInstant();
                    if (left == null || !left.isBefore(from)) {
                        periods.add(new MembershipPeriod(rs.getString(1), from, left, MembershipSource.IMPORT,
                                left == null ? null : MembershipSource.IMPORT));
                    }
                    latest[0] = rs.getTimestamp(4).toInstant();
                });
        return new Changed(periods, latest[0]);
    }
}
