package com.loyaltykpi.core.incrementality;

import com.loyaltykpi.core.period.BusinessCalendar;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast business days equal the calendar's, across daylight saving changes and in zones with odd offsets. */
class BusinessDaysTest {

    @Test
    void sameDaysAsTheCalendar() {
        long from = Instant.parse("2023-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
        Random random = new Random(1);
        for (String zone : new String[] {"Europe/Rome", "America/New_York", "Asia/Kathmandu", "Australia/Lord_Howe", "UTC"}) {
            BusinessCalendar calendar = new BusinessCalendar(ZoneId.of(zone));
            BusinessDays days = new BusinessDays(ZoneId.of(zone), from, to);
            for (int i = 0; i < 200_000; i++) {
                long at = from - 86_400_000L + (long) (random.nextDouble() * (to - from + 2 * 86_400_000L));
                assertThat(days.dayOf(at)).as(zone + " " + Instant.ofEpochMilli(at))
                        .isEqualTo((int) calendar.dayOf(Instant.ofEpochMilli(at)).toEpochDay());
            }
            // around the changes of 2025 in Rome: the last minute before and the first after
            for (String instant : new String[] {"2025-03-30T00:59:59.999Z", "2025-03-30T01:00:00Z", "2025-10-25T22:59:59.999Z",
                    "2025-10-25T23:00:00Z", "2025-10-26T00:59:59.999Z", "2025-10-26T01:00:00Z"}) {
                long at = Instant.parse(instant).toEpochMilli();
                assertThat(days.dayOf(at)).as(zone + " " + instant).isEqualTo((int) calendar.dayOf(Instant.ofEpochMilli(at)).toEpochDay());
            }
        }
    }
}
