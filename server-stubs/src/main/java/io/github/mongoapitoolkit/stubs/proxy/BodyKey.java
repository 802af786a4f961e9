package io.github.mongoapitoolkit.stubs.proxy;

import java.util.Arrays;

/**
 * A body's bytes as a map key without copying them: compared whole (a vectorised comparison),
 * hashed from its length and a sample of its bytes, since hashing every byte of every answer
 * would cost more than the comparison that confirms a match.
 */
final class BodyKey {

    private static final int SAMPLES = 64;

    private final byte[] bytes;
    private final int length;
    private final int hash;

    BodyKey(byte[] bytes, int length) {
        this.bytes = bytes;
        this.length = length;
        int h = length;
        int step = Math.max(1, length / SAMPLES);
        for (int i = 0; i < length; i += step) {
            h = 31 * h + bytes[i];
        }
        this.hash = length == 0 ? 0 : 31 * h + bytes[length - 1];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BodyKey that && that.length == length && that.hash == hash
                && Arrays.equals(bytes, 0, length, that.bytes, 0, that.length);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
