package com.loyaltykpi.core.rollup;

import com.loyaltykpi.core.period.BusinessCalendar;
import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.settings.SettingsStore;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The LK_CALENDAR table: for every quarter of an hour (UTC) that facts fall in, the business day it belongs to in
 * the shop's time zone and the start of that day's week, month, quarter and year. Daylight saving is in the rows,
 * so SQL finds a fact's periods with one equality join on {@code SUBMITTED_AT / 900000}, the same on every database
 * and without the database's own time-zone tables. The table grows with the facts' range (96 rows a day) and is
 * filled again when the shop's time zone changes.
 */
public class CalendarStore {

    /** The length of one row, in milliseconds: every time zone in use today starts its days on a quarter hour. */
    public static final long SLOT_MILLIS = 15 * 60 * 1000L;
    static final String BUILT_IN_ZONE = "calendar.timeZone";
    private static final int BATCH = 5000;

    private final JdbcTemplate jdbc;
    private final SettingsStore settings;

    public CalendarStore(JdbcTemplate jdbc, SettingsStore settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The column holding the start of the period of this granularity. */
    public static String column(Granularity granularity) {
        return granularity.name() + "_START";
    }

    /** Makes the table cover every instant from {@code first} to {@code last} in this calendar's time zone. */
    public void cover(BusinessCalendar calendar, Instant first, Instant last) {
        if (!calendar.zone().getId().equals(settings.get(BUILT_IN_ZONE))) {
            jdbc.update("DELETE FROM LK_CALENDAR");
            settings.put(BUILT_IN_ZONE, calendar.zone().getId());
        }
        long from = Math.floorDiv(first.toEpochMilli(), SLOT_MILLIS);
        long to = Math.floorDiv(last.toEpochMilli(), SLOT_MILLIS);
        Map<String, Object> bounds = jdbc.queryForMap("SELECT MIN(SLOT_NO) AS LOW, MAX(SLOT_NO) AS HIGH FROM LK_CALENDAR");
        if (bounds.get("LOW") == null) {
            insert(calendar, from, to);
            return;
        }
        long low = ((Number) bounds.get("LOW")).longValue();
        long high = ((Number) bounds.get("HIGH")).longValue();
        insert(calendar, from, Math.min(to, low - 1));
        insert(calendar, Math.max(from, high + 1), to);
    }

    private void insert(BusinessCalendar calendar, long from, long to) {
        List<Object[]> rows = new ArrayList<Object[]>();
        for (long slot = from; slot <= to; slot++) {
            LocalDate day = calendar.dayOf(Instant.ofEpochMilli(slot * SLOT_MILLIS));
            if (!calendar.dayOf(Instant.ofEpochMilli((slot + 1) * SLOT_MILLIS - 1)).equals(day)) {
                throw new IllegalStateException("Time zone " + calendar.zone() + " starts a day inside a quarter hour "
                        + "near " + Instant.ofEpochMilli(slot * SLOT_MILLIS) + "; the KPIs cannot be kept in this zone");
            }
            Object[] row = new Object[1 + Granularity.values().length];
            row[0] = slot;
            for (Granularity granularity : Granularity.values()) {
                row[1 + granularity.ordinal()] = Date.valueOf(granularity.start(day));
            }
            rows.add(row);
            if (rows.size() == BATCH || slot == to) {
                jdbc.batchUpdate("INSERT INTO LK_CALENDAR (SLOT_NO, DAY_START, WEEK_START, MONTH_START, QUARTER_START, "
                        + "YEAR_START) VALUES (?, ?, ?, ?, ?, ?)", rows);
                rows = new ArrayList<Object[]>();
            }
        }
    }
}
