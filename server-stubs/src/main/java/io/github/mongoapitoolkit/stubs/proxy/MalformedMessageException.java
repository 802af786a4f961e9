package io.github.mongoapitoolkit.stubs.proxy;

/** A message the proxy cannot frame: answered with the API's 400 (a request) or 502 (an upstream's response). */
class MalformedMessageException extends RuntimeException {

    MalformedMessageException(String message) {
        super(message);
    }
}
