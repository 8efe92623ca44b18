package com.loyaltykpi.core.capture;

import java.time.Instant;
import java.util.List;

/** The platform's own orders, read by reconciliation and backfill (a port each platform adapter implements). */
public interface PlatformOrders {

    /** How many submitted or cancelled orders were submitted at or after this instant. */
    long count(Instant since);

    /**
     * The next submitted or cancelled orders submitted at or after {@code since}, after the cursor (null: from
     * the start), in an order that stays stable while new orders arrive.
     */
    OrderPage page(Instant since, String cursor, int limit);

    /** Reads these orders in full; one that cannot be read is reported in the result, never thrown. */
    LoadedOrders load(List<String> orderIds);
}
