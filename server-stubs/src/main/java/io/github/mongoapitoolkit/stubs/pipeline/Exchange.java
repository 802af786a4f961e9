package io.github.mongoapitoolkit.stubs.pipeline;

import io.github.mongoapitoolkit.stubs.journal.JournalEntry;
import io.github.mongoapitoolkit.stubs.journal.RequestJournal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.glassfish.grizzly.http.server.Request;

/**
 * One request on its way through the pipeline: the connection's request, its normalised target,
 * the route decided once, and what the checks established (who the caller is, the headers every
 * answer must carry). It travels to Jersey as a request attribute, {@link #ATTRIBUTE}, so that the
 * resources, mappers and filters there read the same decision.
 */
public final class Exchange {

    public static final String ATTRIBUTE = Exchange.class.getName();

    private final Request request;
    private final RequestTarget target;
    private final Route route;
    private String identity;
    private String mediaType = "application/json";
    private final Map<String, String> responseHeaders = new LinkedHashMap<>(4);
    private String body = "";
    private RequestJournal journal;
    private boolean journaled;
    private String fault;
    private boolean dropsConnection;
    private Duration delay = Duration.ZERO;
    private List<IntConsumer> answerListeners = List.of(); // almost always none: no list per request

    public Exchange(Request request, RequestTarget target, Route route) {
        this.request = request;
        this.target = target;
        this.route = route;
    }

    public Request request() {
        return request;
    }

    public RequestTarget target() {
        return target;
    }

    public Route route() {
        return route;
    }

    public Api api() {
        return route.api();
    }

    public String method() {
        return request.getMethod().getMethodString();
    }

    public String header(String name) {
        return request.getHeader(name);
    }

    /** The caller an authentication check proved, or null before one did (or for operations without security). */
    public String identity() {
        return identity;
    }

    public void authenticated(String caller) {
        this.identity = caller;
    }

    /** The media type the operation answers in: a negotiated Atlas version, or JSON. */
    public String mediaType() {
        return mediaType;
    }

    public void negotiated(String type) {
        this.mediaType = type;
    }

    /** Whether the operation's success is a dated Atlas version, negotiated from Accept. */
    public boolean negotiatedVersion() {
        return !mediaType.equals("application/json");
    }

    /** Headers for the answers to this request, whoever writes them (Atlas's rate-limit headers): see {@link #headersFor}. */
    public Map<String, String> responseHeaders() {
        return responseHeaders;
    }

    /**
     * The headers an answer with this status carries: Atlas's spec declares the rate-limit
     * headers on its successes and on 429, and on no other error, so only those get them.
     */
    public Map<String, String> headersFor(int status) {
        return status < 300 || status == 429 ? responseHeaders : Map.of();
    }

    /** The request body as text, once Jersey has read it; empty before, and for requests without one. */
    public String body() {
        return body;
    }

    public void bodyRead(String text) {
        this.body = text;
    }

    /** An injected fault answers this exchange; a dropped connection gets no answer at all. */
    public void faulted(String description, boolean dropConnection) {
        this.fault = description;
        this.dropsConnection = dropConnection;
    }

    public boolean dropsConnection() {
        return dropsConnection;
    }

    /** An injected delay: the answer, whatever it is, leaves this much later. */
    public void delayed(String description, Duration by) {
        this.fault = description;
        this.delay = by;
    }

    /** How long the answer waits before it is written; zero for most. */
    public Duration delay() {
        return delay;
    }

    /** {@code listener} hears the status this exchange is answered with, once, when it is journaled. */
    public synchronized void whenAnswered(IntConsumer listener) {
        if (answerListeners.isEmpty()) {
            answerListeners = new ArrayList<>(1);
        }
        answerListeners.add(listener);
    }

    /** Where {@link #answered} records this exchange. */
    public void journalTo(RequestJournal requestJournal) {
        this.journal = requestJournal;
    }

    /**
     * Records the exchange in the journal with the status it is answered with, once, whoever
     * answers: called before the answer's bytes leave, so a client that has its answer finds its
     * request in the journal.
     */
    public synchronized void answered(int status) {
        if (journaled) {
            return;
        }
        journaled = true;
        answerListeners.forEach(listener -> listener.accept(status));
        if (journal == null) {
            return;
        }
        journal.record(new JournalEntry(api().journalName(), Optional.ofNullable(route.operationId()), method(),
                target == null ? request.getRequestURI() : target.path(),
                target == null ? Optional.empty() : Optional.ofNullable(target.query()), status, body, Optional.ofNullable(fault)));
    }

    /** The exchange Jersey's side of a request reads, from its properties. */
    public static Exchange of(jakarta.ws.rs.container.ContainerRequestContext request) {
        return (Exchange) request.getProperty(ATTRIBUTE);
    }
}
