package com.loyaltykpi.core.period;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Business days in the shop's time zone: an order at 23:30 UTC is on the next day in Rome. */
public final class BusinessCalendar {

    private final ZoneId zone;

    public BusinessCalendar(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The first instant of this business day (midnight, or the first instant after a DST gap). */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
