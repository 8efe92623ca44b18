package com.loyaltykpi.core.membership;

import com.loyaltykpi.core.settings.SettingsStore;

/**
 * Which membership sources the shop uses now: stored in LK_SETTING (the admin's settings screen changes it for
 * every node), with the module property as default.
 */
public class MembershipSources {

    static final String SETTING = "membership.sources";

    private final SettingsStore settings;
    private final MembershipPolicy defaults;

    public MembershipSources(SettingsStore settings, String defaults) {
        this.settings = settings;
        this.defaults = MembershipPolicy.parse(defaults);
    }

    public MembershipPolicy current() {
        String stored = settings.get(SETTING);
        return stored == null ? defaults : MembershipPolicy.parse(stored);
    }

    public void change(MembershipPolicy policy) {
        StringBuilder names = new StringBuilder();
        for (MembershipSource source : policy.enabled()) {
            names.append(names.length() == 0 ? "" : ",").append(source.name());
        }
        settings.put(SETTING, names.toString());
    }
}
