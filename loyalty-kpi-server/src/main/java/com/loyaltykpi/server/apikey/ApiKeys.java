package com.loyaltykpi.server.apikey;

import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The keys with which shops, tills and connectors feed the server, one source each (the source names the origin of
 * their orders, so two sources may use the same order ids). A key is 256 random bits, shown once when issued;
 * the server keeps only its SHA-256 hash: a random key of that length needs no slow password hash, and checking it
 * costs one indexed lookup per API call.
 */
@Component
public class ApiKeys {

    /** Lower-case letters, digits and dashes, at most 16 (the facts' origin column). */
    public static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9-]{0,15}");
    private static final String PREFIX = "lk_";
    private static final String COLUMNS = "ID, SOURCE, LABEL, PREFIX, CREATED_AT, REVOKED_AT";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ApiKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new key; the returned text is the only copy of the key there will be. */
    public record Issued(ApiKey key, String secret) {
    }

    /** Why a key cannot be issued: the code of the message that says so in the UI's texts (messages/server). */
    public static final class Refused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Refused(String code) {
            super(code);
        }

        public String code() {
            return getMessage();
        }
    }

    /** Issues a key; refuses a source that is not 1 to 16 lower-case letters, digits or dashes, or is "import". */
    public Issued issue(String source, String label) {
        if (source == null || !SOURCE.matcher(source).matches()) {
            throw new Refused("keys.problem.source");
        }
        if ("import".equals(source)) {
            throw new Refused("keys.problem.import");
        }
        String cleanLabel = label == null || label.isBlank() ? source : label.strip();
        if (cleanLabel.length() > 100) {
            throw new Refused("keys.problem.label");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.update("INSERT INTO LK_API_KEY (SOURCE, LABEL, KEY_HASH, PREFIX, CREATED_AT) VALUES (?, ?, ?, ?, ?)",
                source, cleanLabel, hash(secret), secret.substring(0, 10), now.toEpochMilli());
        ApiKey key = jdbc.queryForObject("SELECT " + COLUMNS + " FROM LK_API_KEY WHERE KEY_HASH = ?",
                (rs, i) -> map(rs), hash(secret));
        return new Issued(key, secret);
    }

    /** The active key with this secret, if any. */
    public Optional<ApiKey> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        try {
            ApiKey key = jdbc.queryForObject("SELECT " + COLUMNS + " FROM LK_API_KEY WHERE KEY_HASH = ?",
                    (rs, i) -> map(rs), hash(secret));
            return key.active() ? Optional.of(key) : Optional.empty();
        } catch (EmptyResultDataAccessException unknown) {
            return Optional.empty();
        }
    }

    /** Revokes a key; false when there is no such active key. */
    public boolean revoke(long id) {
        return jdbc.update("UPDATE LK_API_KEY SET REVOKED_AT = ? WHERE ID = ? AND REVOKED_AT IS NULL",
                clock.instant().toEpochMilli(), id) == 1;
    }

    public List<ApiKey> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM LK_API_KEY ORDER BY ID", (rs, i) -> map(rs));
    }

    /** Every source that ever had a key: the origins of the facts fed through the API. */
    public List<String> sources() {
        return jdbc.queryForList("SELECT DISTINCT SOURCE FROM LK_API_KEY ORDER BY SOURCE", String.class);
    }

    private static ApiKey map(ResultSet rs) throws SQLException {
        long revoked = rs.getLong("REVOKED_AT");
        Instant revokedAt = rs.wasNull() ? null : Instant.ofEpochMilli(revoked);
        return new ApiKey(rs.getLong("ID"), rs.getString("SOURCE"), rs.getString("LABEL"), rs.getString("PREFIX"),
                Instant.ofEpochMilli(rs.getLong("CREATED_AT")), revokedAt);
    }

    static String hash(String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
