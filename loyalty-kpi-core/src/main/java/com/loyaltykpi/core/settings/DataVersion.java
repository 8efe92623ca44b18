package com.loyaltykpi.core.settings;

import java.time.Clock;

/**
 * Numbers that change whenever the KPI data does, shared by all nodes through LK_SETTING: {@link #current()} with
 * any change (rollups applied or rebuilt, membership changed), {@link #membership()} with membership changes only.
 * Query caches key their entries by them; each node reads each at most once per interval (a second), so a cached
 * dashboard costs no query and is at most a second stale.
 */
public class DataVersion {

    static final String SETTING = "kpi.dataVersion";
    static final String MEMBERSHIP_SETTING = "kpi.membershipVersion";

    private final SettingsStore settings;
    private final Clock clock;
    private final long memoMillis;
    private final Memo all = new Memo(SETTING);
    private final Memo memberships = new Memo(MEMBERSHIP_SETTING);

    public DataVersion(SettingsStore settings, Clock clock, long memoMillis) {
        this.settings = settings;
        this.clock = clock;
        this.memoMillis = memoMillis;
    }

    public long current() {
        return all.read();
    }

    /** Changes only when memberships do (enrolments, removals, imports): what membership counts are kept by. */
    public long membership() {
        return memberships.read();
    }

    /** Changes the version; call in the transaction that changes the data. */
    public void bump() {
        all.bump();
    }

    /** Changes both versions; call in the transaction that changes memberships. */
    public void bumpMembership() {
        memberships.bump();
        all.bump();
    }

    /** One stored number and when this node last read it. */
    private final class Memo {
        private final String setting;
        private volatile boolean known;
        private volatile long readAt;
        private volatile long version;

        Memo(String setting) {
            this.setting = setting;
        }

        long read() {
            long now = clock.millis();
            if (!known || now - readAt >= memoMillis) {
                version = stored();
                readAt = now;
                known = true;
            }
            return version;
        }

        void bump() {
            settings.increment(setting);
            known = false;
        }

        private long stored() {
            String value = settings.get(setting);
            return value == null ? 0 : Long.parseLong(value);
        }
    }
}
