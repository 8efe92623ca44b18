package com.loyaltykpi.core.settings;

import java.time.Clock;

/**
 * A number that changes whenever the KPI data does (rollups applied or rebuilt, membership changed), shared by
 * all nodes through LK_SETTING. Query caches key their entries by it; each node reads it at most once per
 * second, so a cached dashboard costs no query and is at most a second stale.
 */
public class DataVersion {

    static final String SETTING = "kpi.dataVersion";

    private final SettingsStore settings;
    private final Clock clock;
    private final long memoMillis;
    private volatile boolean known;
    private volatile long readAt;
    private volatile long version;

    public DataVersion(SettingsStore settings, Clock clock, long memoMillis) {
        this.settings = settings;
        this.clock = clock;
        this.memoMillis = memoMillis;
    }

    public long current() {
        long now = clock.millis();
        if (!known || now - readAt >= memoMillis) {
            version = stored();
            readAt = now;
            known = true;
        }
        return version;
    }

    /** Changes the version; call in the transaction that changes the data. */
    public void bump() {
        settings.put(SETTING, String.valueOf(stored() + 1));
        known = false;
    }

    private long stored() {
        String value = settings.get(SETTING);
        return value == null ? 0 : Long.parseLong(value);
    }
}
