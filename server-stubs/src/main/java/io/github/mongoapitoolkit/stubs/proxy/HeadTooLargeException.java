package io.github.mongoapitoolkit.stubs.proxy;

/** A head over {@link WireInput#MAX_HEAD_BYTES}. */
final class HeadTooLargeException extends MalformedMessageException {

    HeadTooLargeException(int maxBytes) {
        super("the message head exceeds " + maxBytes + " bytes");
    }
}
