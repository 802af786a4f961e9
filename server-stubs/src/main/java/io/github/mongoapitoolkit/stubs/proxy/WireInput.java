package io.github.mongoapitoolkit.stubs.proxy;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * One side of a connection as bytes: message heads read whole and kept as they were sent, bodies
 * copied on by their framing (a length, chunks, or until the peer closes) while a copy is kept for
 * the judge. Unsynchronised: a connection has one thread.
 */
final class WireInput {

    /** The most a head may have: the stub's own limit, and more than any of these APIs sends. */
    static final int MAX_HEAD_BYTES = 64 * 1024;

    private final InputStream in;
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;

    WireInput(InputStream in) {
        this.in = in;
    }

    /** A head's bytes up to and including its empty line; null when the peer closed before sending any. */
    byte[] readHead() throws IOException {
        ByteArrayOutputStream spill = null;
        // RFC 9112 section 2.2: empty lines before a request line are ignored.
        while (true) {
            if (position == limit && fill() < 0) {
                return null;
            }
            if (buffer[position] == '\r' || buffer[position] == '\n') {
                position++;
            } else {
                break;
            }
        }
        int scanned = position;
        while (true) {
            int end = endOfHead(scanned);
            if (end >= 0) {
                int length = end - position;
                byte[] head;
                if (spill == null) {
                    head = java.util.Arrays.copyOfRange(buffer, position, end);
                } else {
                    spill.write(buffer, position, length);
                    head = spill.toByteArray();
                }
                position = end;
                if (head.length > MAX_HEAD_BYTES) {
                    throw new HeadTooLargeException(MAX_HEAD_BYTES);
                }
                return head;
            }
            // The head goes on past what is buffered: keep what is here (but the last three bytes, which
            // may start the empty line) and read more.
            int keep = Math.min(3, limit - position);
            if (spill == null) {
                spill = new ByteArrayOutputStream(2 * (limit - position) + 64);
            }
            spill.write(buffer, position, limit - position - keep);
            if (spill.size() > MAX_HEAD_BYTES) {
                throw new HeadTooLargeException(MAX_HEAD_BYTES);
            }
            System.arraycopy(buffer, limit - keep, buffer, 0, keep);
            int n = in.read(buffer, keep, buffer.length - keep);
            if (n < 0) {
                throw new EOFException("the connection closed inside a message head");
            }
            position = 0;
            limit = keep + n;
            scanned = 0;
        }
    }

    /** Just past the first empty line (CRLF CRLF, or a bare LF LF) from {@code from}; -1 when not yet buffered. */
    private int endOfHead(int from) {
        for (int i = Math.max(from, position + 1); i < limit; i++) {
            if (buffer[i] == '\n') {
                if (buffer[i - 1] == '\n') {
                    return i + 1;
                }
                if (buffer[i - 1] == '\r' && i - 2 >= position && buffer[i - 2] == '\n') {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    /**
     * Copies a body on as it was sent, to where its framing says it ends (the peer's close, for a
     * body framed by it); the copy gets the body's data, without chunk framing.
     */
    void relay(BodyFraming framing, OutputStream out, BodyCopy copy) throws IOException {
        while (!framing.done()) {
            if (position == limit && fill() < 0) {
                if (framing.untilClose()) {
                    return;
                }
                throw new EOFException("the connection closed inside a body");
            }
            int n = framing.consume(buffer, position, limit - position, copy);
            out.write(buffer, position, n);
            position += n;
        }
    }

    private int read() throws IOException {
        if (position == limit && fill() < 0) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    private int fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        position = 0;
        limit = Math.max(n, 0);
        return n;
    }
}
