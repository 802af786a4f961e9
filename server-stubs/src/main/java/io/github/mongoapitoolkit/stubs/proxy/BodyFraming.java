package io.github.mongoapitoolkit.stubs.proxy;

/**
 * Where a body ends, found as its bytes go by: a length counted down, chunks parsed
 * (RFC 9112 section 7.1) or the end of the connection. Fed whatever has arrived; says how many of
 * those bytes are the body's (the rest belong to the next message) and gives the body's data,
 * without the chunk framing, to the judge's copy.
 */
final class BodyFraming {

    private enum Chunked {
        SIZE, SIZE_EXTENSION, SIZE_LF, DATA, DATA_CR, DATA_LF, TRAILER, TRAILER_LINE, TRAILER_LF, DONE
    }

    private static final int MAX_SIZE_DIGITS = 15;

    private final MessageHead.Framing framing;
    private long remaining;
    private Chunked state = Chunked.SIZE;
    private int sizeDigits;
    private boolean trailerLineEmpty = true;

    private BodyFraming(MessageHead.Framing framing, long length) {
        this.framing = framing;
        this.remaining = length;
    }

    static BodyFraming of(MessageHead.Framing framing, long length) {
        return new BodyFraming(framing, framing == MessageHead.Framing.LENGTH ? length : 0);
    }

    boolean untilClose() {
        return framing == MessageHead.Framing.UNTIL_CLOSE;
    }

    boolean done() {
        return switch (framing) {
            case NONE -> true;
            case LENGTH -> remaining == 0;
            case CHUNKED -> state == Chunked.DONE;
            case UNTIL_CLOSE -> false;
        };
    }

    /** How many of {@code bytes[offset, offset+length)} are this body's; their data goes to {@code copy}. */
    int consume(byte[] bytes, int offset, int length, BodyCopy copy) {
        switch (framing) {
            case NONE:
                return 0;
            case LENGTH: {
                int n = (int) Math.min(remaining, length);
                copy.write(bytes, offset, n);
                remaining -= n;
                return n;
            }
            case UNTIL_CLOSE:
                copy.write(bytes, offset, length);
                return length;
            default:
                return chunks(bytes, offset, length, copy);
        }
    }

    private int chunks(byte[] bytes, int offset, int length, BodyCopy copy) {
        int i = offset;
        int end = offset + length;
        while (i < end && state != Chunked.DONE) {
            byte b = bytes[i];
            switch (state) {
                case SIZE -> {
                    int digit = Character.digit(b, 16);
                    if (digit >= 0) {
                        if (++sizeDigits > MAX_SIZE_DIGITS) {
                            throw new MalformedMessageException("a chunk size is too large");
                        }
                        remaining = remaining * 16 + digit;
                        i++;
                    } else if (sizeDigits == 0) {
                        throw new MalformedMessageException("a chunk size is not a hexadecimal number");
                    } else if (b == '\r') {
                        state = Chunked.SIZE_LF;
                        i++;
                    } else if (b == '\n') {
                        i++;
                        endOfSizeLine();
                    } else {
                        state = Chunked.SIZE_EXTENSION;
                        i++;
                    }
                }
                case SIZE_EXTENSION -> {
                    if (b == '\n') {
                        endOfSizeLine();
                    }
                    i++;
                }
                case SIZE_LF -> {
                    if (b != '\n') {
                        throw new MalformedMessageException("a chunk size line does not end in CRLF");
                    }
                    i++;
                    endOfSizeLine();
                }
                case DATA -> {
                    int n = (int) Math.min(remaining, end - i);
                    copy.write(bytes, i, n);
                    remaining -= n;
                    i += n;
                    if (remaining == 0) {
                        state = Chunked.DATA_CR;
                    }
                }
                case DATA_CR -> {
                    if (b == '\r') {
                        state = Chunked.DATA_LF;
                    } else if (b == '\n') {
                        state = Chunked.SIZE;
                    } else {
                        throw new MalformedMessageException("a chunk's data does not end in CRLF");
                    }
                    i++;
                }
                case DATA_LF -> {
                    if (b != '\n') {
                        throw new MalformedMessageException("a chunk's data does not end in CRLF");
                    }
                    state = Chunked.SIZE;
                    i++;
                }
                case TRAILER, TRAILER_LINE -> {
                    if (b == '\n') {
                        if (trailerLineEmpty) {
                            state = Chunked.DONE;
                        }
                        trailerLineEmpty = true;
                    } else if (b != '\r') {
                        trailerLineEmpty = false;
                    }
                    i++;
                }
                default -> i++;
            }
        }
        return i - offset;
    }

    private void endOfSizeLine() {
        sizeDigits = 0;
        if (remaining == 0) {
            state = Chunked.TRAILER;
            trailerLineEmpty = true;
        } else {
            state = Chunked.DATA;
        }
    }

    @Override
    public String toString() {
        return framing + (framing == MessageHead.Framing.CHUNKED ? " " + state : " " + remaining);
    }
}
