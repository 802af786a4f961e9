package io.github.mongoapitoolkit.stubs.proxy;

import java.util.Arrays;

/**
 * What the judge sees of a body: its bytes up to a limit. A body over the limit is forwarded
 * whole but not judged, so that one large answer costs no more memory than the limit.
 */
final class BodyCopy {

    static final int LIMIT = 4 * 1024 * 1024;

    private byte[] bytes = new byte[0];
    private int size;
    private boolean overflowed;

    void write(byte[] from, int offset, int length) {
        if (overflowed) {
            return;
        }
        if (size + length > LIMIT) {
            overflowed = true;
            bytes = new byte[0];
            size = 0;
            return;
        }
        if (size + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + length, Math.max(1024, bytes.length * 2)));
        }
        System.arraycopy(from, offset, bytes, size, length);
        size += length;
    }

    boolean overflowed() {
        return overflowed;
    }

    byte[] bytes() {
        return Arrays.copyOf(bytes, size);
    }

    /** The bytes without a copy, for comparing bodies: equal by content. */
    BodyKey key() {
        return new BodyKey(bytes, size);
    }

    int size() {
        return size;
    }
}
