package io.github.mongoapitoolkit.client.resilience;

import io.github.mongoapitoolkit.client.auth.DigestResigner;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import org.glassfish.jersey.client.ClientRequest;
import org.glassfish.jersey.client.ClientResponse;
import org.glassfish.jersey.client.spi.AsyncConnectorCallback;
import org.glassfish.jersey.client.spi.Connector;

/**
 * A Jersey connector that sends a request again as its {@link RetryPolicy} allows. It sits
 * below Jersey's filters, so Digest authentication answers each attempt's challenge itself.
 * Asynchronous calls are passed through once, unretried: the generated clients call synchronously.
 */
final class RetryingConnector implements Connector {

    static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE");
    private static final int TOO_MANY_REQUESTS = 429;

    private final Connector delegate;
    private final RetryPolicy policy;

    RetryingConnector(Connector delegate, RetryPolicy policy) {
        this.delegate = delegate;
        this.policy = policy;
    }

    @Override
    public ClientResponse apply(ClientRequest request) {
        boolean retryable = policy.retryNonIdempotent() || IDEMPOTENT.contains(request.getMethod());
        // Jersey writes a request's entity once; each further attempt sends a fresh copy.
        ClientRequest pristine = retryable && policy.maxAttempts() > 1 ? new ClientRequest(request) : null;
        for (int attempt = 1; ; attempt++) {
            boolean last = !retryable || attempt >= policy.maxAttempts();
            ClientResponse response;
            try {
                response = delegate.apply(attempt == 1 ? request : resigned(pristine));
            } catch (ProcessingException e) {
                if (last || !noAnswer(e)) {
                    throw e;
                }
                pause(policy.backoff(attempt));
                continue;
            }
            if (response.getStatus() != TOO_MANY_REQUESTS || last) {
                return response;
            }
            Optional<Duration> retryAfter = retryAfter(response.getHeaderString(HttpHeaders.RETRY_AFTER));
            if (retryAfter.isPresent() && retryAfter.get().compareTo(policy.maxRetryAfter()) > 0) {
                return response;
            }
            response.close();
            pause(retryAfter.isPresent() ? retryAfter.get() : policy.backoff(attempt));
        }
    }

    /** Each attempt is a new request to Digest: it gets the next nonce count, or the server sees a replay. */
    private static ClientRequest resigned(ClientRequest pristine) {
        String authorization = pristine.getHeaderString(HttpHeaders.AUTHORIZATION);
        // The pristine copy carries the count forward, so that every later attempt counts on from it.
        DigestResigner.next(authorization, pristine.getMethod(), pristine.getProperty(DigestResigner.KEY))
                .ifPresent(header -> pristine.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, header));
        return new ClientRequest(pristine);
    }

    private void pause(Duration wait) {
        try {
            policy.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProcessingException("Interrupted while waiting to retry", e);
        }
    }

    /**
     * No answer came: the connection was refused, reset or closed ("Unexpected end of file from
     * server"), as while mongosync restarts. A read timeout is not this: the server may still be
     * working on the request.
     */
    private static boolean noAnswer(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.SocketException) {
                return true;
            }
        }
        return false;
    }

    /** Retry-After as delay-seconds or an HTTP-date (RFC 9110 section 10.2.3). */
    static Optional<Duration> retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    @Override
    public Future<?> apply(ClientRequest request, AsyncConnectorCallback callback) {
        return delegate.apply(request, callback);
    }

    @Override
    public String getName() {
        return delegate.getName() + " with retries";
    }

    @Override
    public void close() {
        delegate.close();
    }
}
