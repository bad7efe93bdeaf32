package org.plinth.ifc.export;

import java.util.UUID;

/** IFC GlobalIds: a 128-bit UUID written in 22 characters of IFC's base-64 alphabet. */
final class IfcGuid {

    private static final char[] ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$".toCharArray();

    private IfcGuid() {
    }

    static String random() {
        return compress(UUID.randomUUID());
    }

    /** The first character carries 2 bits, the other 21 carry 6 bits each (2 + 126 = 128). */
    static String compress(UUID uuid) {
        long hi = uuid.getMostSignificantBits();
        long lo = uuid.getLeastSignificantBits();
        char[] out = new char[22];
        for (int i = 21; i >= 0; i--) {
            int bits = (int) (lo & 63);
            lo = (lo >>> 6) | (hi << 58);
            hi >>>= 6;
            out[i] = ALPHABET[i == 0 ? bits & 3 : bits];
        }
        return new String(out);
    }
}
