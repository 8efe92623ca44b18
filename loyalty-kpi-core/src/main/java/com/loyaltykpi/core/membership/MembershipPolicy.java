package com.loyaltykpi.core.membership;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Which membership sources the shop uses (each one can be switched off). */
public final class MembershipPolicy {

    private final Set<MembershipSource> enabled;

    public MembershipPolicy(Collection<MembershipSource> enabled) {
        this.enabled = enabled.isEmpty() ? EnumSet.noneOf(MembershipSource.class) : EnumSet.copyOf(enabled);
    }

    public static MembershipPolicy allSources() {
        return new MembershipPolicy(EnumSet.allOf(MembershipSource.class));
    }

    /** Parses a comma-separated list such as "REGISTRATION, LOYALTY_CARD"; names are case-insensitive. */
    public static MembershipPolicy parse(String sources) {
        Set<MembershipSource> parsed = EnumSet.noneOf(MembershipSource.class);
        for (String name : sources.split(",")) {
            String trimmed = name.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                parsed.add(MembershipSource.valueOf(trimmed.toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("unknown membership source '" + trimmed + "'; known sources: "
                        + EnumSet.allOf(MembershipSource.class));
            }
        }
        return new MembershipPolicy(parsed);
    }

    public boolean allows(MembershipSource source) {
        return enabled.contains(source);
    }

    public Set<MembershipSource> enabled() {
        return Collections.unmodifiableSet(enabled);
    }
}
