package com.loyaltykpi.server.apikey;

import java.time.Instant;

/** A stored API key, without the key itself (only its hash is kept). */
public record ApiKey(long id, String source, String label, String prefix, Instant createdAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
