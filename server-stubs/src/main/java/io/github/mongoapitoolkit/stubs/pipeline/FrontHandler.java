package io.github.mongoapitoolkit.stubs.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mongoapitoolkit.stubs.common.RequestLog;
import io.github.mongoapitoolkit.stubs.journal.RequestJournal;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import io.github.mongoapitoolkit.stubs.jersey.DeferredJersey;

/**
 * The one request path of a stub server, what Grizzly hands every request to:
 * <ol>
 * <li><b>route once</b>: the target is normalised ({@link RequestTarget}) and matched to an
 * operation of the port's specs ({@link Routes}); a target that cannot be parsed gets the port's
 * API's 400;
 * <li><b>admit once</b>: the {@link AdmissionPipeline} runs its checks in order; a refusal is
 * written here, in the route's API shape, whatever would have answered otherwise;
 * <li><b>then the resource</b>: the plain success of a hot GET by its {@link FastRoute} (Jersey
 * costs most of a small response's time), everything else by Jersey, which reads the same
 * {@link Exchange} from the request's attributes, as soon as it is built ({@link DeferredJersey}).
 * Bodies are whole by then ({@link WholeBodies}).
 * </ol>
 * Whatever escapes is the API's 500, never Grizzly's HTML page. Every request is recorded in the
 * {@link RequestJournal} once its answer is written, whoever wrote it.
 */
public final class FrontHandler extends HttpHandler {

    private final DeferredJersey jersey;
    private final Routes routes;
    private final AdmissionPipeline pipeline;
    private final Map<String, FastRoute> fastRoutes;
    private final ObjectMapper mapper;
    private final String server;
    private final Optional<PrintStream> log;
    private final RequestJournal journal;
    private final ScheduledExecutorService timer;
    private final AtomicLong fastAnswers = new AtomicLong();

    /** @param fastRoutes empty to send every admitted request to Jersey ({@code --no-fast-path}) */
    public FrontHandler(DeferredJersey jersey, Routes routes, AdmissionPipeline pipeline, List<FastRoute> fastRoutes,
            ObjectMapper mapper, String server, Optional<PrintStream> log, RequestJournal journal, ScheduledExecutorService timer) {
        this.jersey = jersey;
        this.routes = routes;
        this.pipeline = pipeline;
        this.fastRoutes = fastRoutes.stream().collect(Collectors.toUnmodifiableMap(FastRoute::operationId, Function.identity()));
        this.mapper = mapper;
        this.server = server;
        this.log = log;
        this.journal = journal;
        this.timer = timer;
    }

    /** Jersey is started when it is built, not with the port. */
    @Override
    public void destroy() {
        jersey.destroy();
    }

    /** How many answers the fast routes wrote: proof that they serve what they are meant to. */
    public long fastAnswers() {
        return fastAnswers.get();
    }

    @Override
    public void service(Request request, org.glassfish.grizzly.http.server.Response response) throws Exception {
        long started = System.nanoTime();
        Exchange exchange = null;
        try {
            exchange = route(request);
            Exchange recorded = exchange;
            // Whoever answers records the exchange first; this catches an answer no one recorded.
            request.addAfterServiceListener(served -> recorded.answered(served.getResponse().getStatus()));
            if (exchange.target() == null) {
                return;
            }
            Optional<Response> refusal = pipeline.admit(exchange);
            if (exchange.dropsConnection()) {
                exchange.answered(0);
                request.getContext().getConnection().closeSilently();
                return;
            }
            if (!exchange.delay().isZero()) {
                answerLate(exchange, refusal, response, started);
                return;
            }
            answer(exchange, refusal, response, started);
        } catch (Exception | Error e) {
            unexpected(exchange, response, e, started);
        }
    }

    private void answer(Exchange exchange, Optional<Response> refusal, org.glassfish.grizzly.http.server.Response response,
            long started) throws Exception {
        if (refusal.isPresent()) {
            write(exchange, refusal.get(), response, started);
            return;
        }
        Request request = exchange.request();
        request.setAttribute(Exchange.ATTRIBUTE, exchange);
        Optional<Answer> fast = fast(exchange);
        if (fast.isPresent()) {
            fastAnswers.incrementAndGet();
            write(exchange, fast.get().withHeaders(exchange.headersFor(fast.get().status())), response, started);
            return;
        }
        jersey.service(request, response);
    }

    /**
     * An injected delay: the response is suspended, so the wait holds no worker thread, and the
     * answer is written from the timer when it is due (Jersey resumes a suspended response when
     * it commits; the other answers are resumed here).
     */
    private void answerLate(Exchange exchange, Optional<Response> refusal, org.glassfish.grizzly.http.server.Response response,
            long started) {
        response.suspend();
        timer.schedule(() -> {
            try {
                answer(exchange, refusal, response, started);
            } catch (Exception | Error e) {
                unexpected(exchange, response, e, started);
            } finally {
                if (response.isSuspended()) {
                    response.resume();
                }
            }
        }, exchange.delay().toNanos(), TimeUnit.NANOSECONDS);
    }

    private Exchange route(Request request) throws IOException {
        RequestTarget target;
        try {
            target = RequestTarget.parse(request.getRequestURI(), request.getQueryString());
        } catch (RequestTarget.Invalid invalid) {
            Exchange unparsable = new Exchange(request, null, Route.unparsable(routes.portOwner()));
            unparsable.journalTo(journal);
            unparsable.answered(400);
            writeAnswer(Answer.of(routes.portOwner().badRequest(invalid.getMessage()), Formatting.NONE, mapper).orElseThrow(),
                    request.getResponse());
            logLine(request.getMethod().getMethodString(), "(unparsable target)", 400, 0);
            return unparsable;
        }
        Exchange exchange = new Exchange(request, target, routes.match(request.getMethod().getMethodString(), target.path()));
        exchange.journalTo(journal);
        return exchange;
    }

    private Optional<Answer> fast(Exchange exchange) {
        Request request = exchange.request();
        FastRoute route = fastRoutes.get(exchange.route().operationId());
        if (route == null || request.getMethod() != Method.GET || exchange.target().query() != null
                || request.getContentLengthLong() > 0 || request.getRequest().isChunked()) {
            return Optional.empty();
        }
        return route.answer(exchange);
    }

    private void write(Exchange exchange, Response refusal, org.glassfish.grizzly.http.server.Response response, long started) {
        Answer answer = Answer.of(refusal, Formatting.of(exchange), mapper).orElseThrow().withHeaders(exchange.headersFor(refusal.getStatus()));
        write(exchange, answer, response, started);
    }

    private void write(Exchange exchange, Answer answer, org.glassfish.grizzly.http.server.Response response, long started) {
        exchange.answered(answer.status());
        try {
            writeAnswer(answer, response);
        } catch (IOException e) {
            // the client went away; nothing to answer
        }
        logLine(exchange.method(), exchange.target() == null ? "?" : exchange.target().path(), answer.status(), System.nanoTime() - started);
    }

    static void writeAnswer(Answer answer, org.glassfish.grizzly.http.server.Response response) throws IOException {
        response.setStatus(answer.status());
        response.setContentType(answer.contentType());
        response.setContentLength(answer.body().length);
        answer.headers().forEach(response::setHeader);
        response.getOutputStream().write(answer.body());
    }

    private void unexpected(Exchange exchange, org.glassfish.grizzly.http.server.Response response, Throwable e, long started) {
        System.err.println("Unexpected error serving a " + server + " request: " + e);
        e.printStackTrace();
        if (response.isCommitted()) {
            return;
        }
        Api api = exchange == null ? routes.portOwner() : exchange.api();
        if (exchange != null) {
            exchange.answered(500);
        }
        response.reset();
        Answer answer = Answer.of(api.unexpected(), Formatting.NONE, mapper).orElseThrow();
        try {
            writeAnswer(answer, response);
        } catch (IOException ignored) {
            // the client went away
        }
    }

    private void logLine(String method, String path, int status, long nanos) {
        log.ifPresent(out -> out.println(RequestLog.line(server, method, path.startsWith("/") ? path.substring(1) : path, status, nanos)));
    }
}
