package com.loyaltykpi.core.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Survey link tokens: 256 bits, written URL-safe (43 characters), derived from the shop's {@link TokenSecret} and the
 * invitation (HMAC-SHA256: unguessable without the secret, the same for the same
 * invitation and channel). Only their SHA-256 hash is stored, so a copy of the token table opens no one's survey.
 */
public final class SurveyTokens {

    private SurveyTokens() {
    }

    /** The token of this invitation for this channel, under the secret. */
    static String derive(byte[] secret, long invitationId, AnswerChannel channel) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] token = mac.doFinal((invitationId + ":" + channel.name()).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    /** The stored form of a token: hex SHA-256. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(64);
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Whether the text can be a token at all (checked before any lookup). */
    public static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }
}
