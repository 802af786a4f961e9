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
    private static final int MAX_CHUNK_LINE = 4096;

    private final InputStream in;
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;

    WireInput(InputStream in) {
        this.in = in;
    }

    /** A head's bytes up to and including its empty line; null when the peer closed before sending any. */
    byte[] readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(512);
        int lineLength = 0;
        while (true) {
            int b = read();
            if (b < 0) {
                if (head.size() == 0) {
                    return null;
                }
                throw new EOFException("the connection closed inside a message head");
            }
            head.write(b);
            if (head.size() > MAX_HEAD_BYTES) {
                throw new HeadTooLargeException(MAX_HEAD_BYTES);
            }
            if (b == '\n') {
                if (lineLength == 0 || lineLength == 1 && endsWithCr(head)) {
                    if (head.size() <= 2) {
                        // RFC 9112 section 2.2: empty lines before a request line are ignored.
                        head.reset();
                        lineLength = 0;
                        continue;
                    }
                    return head.toByteArray();
                }
                lineLength = 0;
            } else {
                lineLength++;
            }
        }
    }

    /** Copies {@code length} bytes on. */
    void relayFixed(long length, OutputStream out, BodyCopy copy) throws IOException {
        long left = length;
        while (left > 0) {
            if (position == limit && fill() < 0) {
                throw new EOFException("the body ended " + left + " bytes early");
            }
            int n = (int) Math.min(left, limit - position);
            out.write(buffer, position, n);
            copy.write(buffer, position, n);
            position += n;
            left -= n;
        }
    }

    /** Copies a chunked body on as it was sent; the copy gets the chunks' data only. */
    void relayChunked(OutputStream out, BodyCopy copy) throws IOException {
        while (true) {
            byte[] line = readLine();
            out.write(line);
            long size = chunkSize(line);
            if (size == 0) {
                byte[] trailer;
                do {
                    trailer = readLine();
                    out.write(trailer);
                } while (trailer.length > 2 || trailer.length == 2 && trailer[0] != '\r');
                return;
            }
            relayFixed(size, out, copy);
            byte[] end = readLine();
            out.write(end);
        }
    }

    /** Copies everything until the peer closes: a response framed by the end of its connection. */
    void relayUntilClose(OutputStream out, BodyCopy copy) throws IOException {
        while (position < limit || fill() >= 0) {
            int n = limit - position;
            out.write(buffer, position, n);
            copy.write(buffer, position, n);
            position = limit;
        }
    }

    private byte[] readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(16);
        while (true) {
            int b = read();
            if (b < 0) {
                throw new EOFException("the connection closed inside a chunked body");
            }
            line.write(b);
            if (b == '\n') {
                return line.toByteArray();
            }
            if (line.size() > MAX_CHUNK_LINE) {
                throw new MalformedMessageException("a chunk size line is longer than " + MAX_CHUNK_LINE + " bytes");
            }
        }
    }

    private static long chunkSize(byte[] line) {
        int end = 0;
        while (end < line.length && Character.digit(line[end], 16) >= 0) {
            end++;
        }
        if (end == 0 || end > 15) {
            throw new MalformedMessageException("a chunk size is not a hexadecimal number");
        }
        return Long.parseLong(new String(line, 0, end, java.nio.charset.StandardCharsets.US_ASCII), 16);
    }

    private static boolean endsWithCr(ByteArrayOutputStream head) {
        byte[] bytes = head.toByteArray();
        return bytes.length >= 2 && bytes[bytes.length - 2] == '\r';
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
