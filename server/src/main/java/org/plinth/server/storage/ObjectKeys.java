package org.plinth.server.storage;

import java.security.SecureRandom;

/**
 * Object keys: 32 lower-case hex characters of randomness. Stores lay files out by key only, so a
 * user-supplied name can never reach a path or an S3 key, and {@link #isValid} rejects anything a
 * URL might smuggle in ({@code ../}, slashes, encoded bytes) before a store sees it.
 */
public final class ObjectKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ObjectKeys() {
    }

    public static String newKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return hex(bytes);
    }

    public static boolean isValid(String key) {
        if (key.length() != 32) {
            return false;
        }
        for (int i = 0; i < 32; i++) {
            char c = key.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    /** Throws if {@code key} is not one {@link #newKey} could have made. */
    public static String require(String key) {
        if (!isValid(key)) {
            throw new IllegalArgumentException("Not an object key: " + (key.length() > 40 ? key.substring(0, 40) + "..." : key));
        }
        return key;
    }

    public static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[bytes[i] & 0xf];
        }
        return new String(out);
    }
}
