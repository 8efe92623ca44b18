package com.loyaltykpi.core.settings;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The shop's time zone, which decides the business day of every order. Stored in LK_SETTING (the admin changes
 * it), with the module property as default. The rollups remember the zone they were built in: after a change,
 * the next aggregation rebuilds them.
 */
public class ShopTimeZone {

    static final String SETTING = "kpi.timeZone";

    private final SettingsStore settings;
    private final ZoneId defaultZone;

    public ShopTimeZone(SettingsStore settings, String defaultZone) {
        this.settings = settings;
        this.defaultZone = parse(defaultZone);
    }

    public ZoneId current() {
        String stored = settings.get(SETTING);
        return stored == null ? defaultZone : parse(stored);
    }

    /** Changes the zone; the rollups are rebuilt by the next aggregation. */
    public void change(ZoneId zone) {
        settings.put(SETTING, zone.getId());
    }

    /** A zone id such as Europe/Rome or UTC, or a clear message naming what was given. */
    public static ZoneId parse(String zone) {
        try {
            return ZoneId.of(zone.trim());
        } catch (DateTimeException | NullPointerException e) {
            throw new IllegalArgumentException("'" + zone + "' is not a time zone; use a name such as Europe/Rome or UTC");
        }
    }
}
