package com.loyaltykpi.core.offers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Whether a customer entering an offer group is held out: a uniform number drawn from the SHA-256 of the shop's secret
 * seed, the group and the customer, below the share held out. The same customer entering the same group under the
 * same share is always drawn the same way (sticky); nobody without the seed can tell who is held out.
 */
final class HoldoutDraw {

    private HoldoutDraw() {
    }

    static boolean heldOut(String seed, String groupCode, String customerId, double share) {
        return uniform(seed, groupCode, customerId) < share;
    }

    /** A number in [0, 1) from the first 53 bits of the digest. */
    static double uniform(String seed, String groupCode, String customerId) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest((seed + '\u0000' + groupCode + '\u0000' + customerId)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = bits << 8 | (digest[i] & 0xff);
        }
        return (bits >>> 11) / (double) (1L << 53);
    }
}
