package com.loyaltykpi.core.privacy;

import java.security.SecureRandom;

/**
 * The stand-in for an erased customer's id in the module's tables: random, unrelated to the id it replaces, and
 * the same in every table of one erasure, so that every count of distinct customers stays what it was.
 */
public final class Pseudonyms {

    /** Every stand-in starts with it; no platform id does (Broadleaf's are numbers). */
    public static final String PREFIX = "erased-";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Pseudonyms() {
    }

    /** A new stand-in: the prefix and 128 random bits. */
    public static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        StringBuilder id = new StringBuilder(PREFIX);
        for (byte b : bytes) {
            id.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        return id.toString();
    }

    /** Whether this id is an erased customer's stand-in. */
    public static boolean isPseudonym(String customerId) {
        return customerId != null && customerId.startsWith(PREFIX);
    }
}
