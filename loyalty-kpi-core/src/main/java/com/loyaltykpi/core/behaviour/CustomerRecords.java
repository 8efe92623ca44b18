package com.loyaltykpi.core.behaviour;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** The customers' records per currency and customer, built from their submitted facts in time order. */
final class CustomerRecords {

    /** The columns of LK_ORDER_FACT a record is built from, after the customer id. */
    static final String COLUMNS = "CURRENCY, SUBMITTED_AT, REVENUE";

    private final ZoneId zone;
    private final LocalDate cutoff;
    private final Map<String, Map<String, CustomerRecord>> byCurrency = new TreeMap<String, Map<String, CustomerRecord>>();

    /** @param cutoff the last day of the honest check's calibration */
    CustomerRecords(ZoneId zone, LocalDate cutoff) {
        this.zone = zone;
        this.cutoff = cutoff;
    }

    /** Adds a fact whose columns 2 to 4 are {@link #COLUMNS}, in time order. */
    void add(String customer, ResultSet rs) throws SQLException {
        Map<String, CustomerRecord> customers = byCurrency.get(rs.getString(2));
        if (customers == null) {
            customers = new HashMap<String, CustomerRecord>();
            byCurrency.put(rs.getString(2), customers);
        }
        CustomerRecord purchases = customers.get(customer);
        if (purchases == null) {
            purchases = new CustomerRecord(cutoff);
            customers.put(customer, purchases);
        }
        purchases.add(Instant.ofEpochMilli(rs.getLong(3)).atZone(zone).toLocalDate(), rs.getBigDecimal(4).doubleValue());
    }

    /** The records by currency, then customer. */
    Map<String, Map<String, CustomerRecord>> byCurrency() {
        return byCurrency;
    }
}
