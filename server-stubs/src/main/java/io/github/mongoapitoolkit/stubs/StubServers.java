package io.github.mongoapitoolkit.stubs;

import io.github.mongoapitoolkit.stubs.atlas.LiveMigrationFastRoute;
import io.github.mongoapitoolkit.stubs.atlas.LiveMigrationsResource;
import io.github.mongoapitoolkit.stubs.atlas.ServiceAccountsResource;
import io.github.mongoapitoolkit.stubs.auth.BearerTokens;
import io.github.mongoapitoolkit.stubs.auth.ClientCredentials;
import io.github.mongoapitoolkit.stubs.auth.Credentials;
import io.github.mongoapitoolkit.stubs.auth.DigestAuthenticator;
import io.github.mongoapitoolkit.stubs.cloud.ApiAccessListCheck;
import io.github.mongoapitoolkit.stubs.cloud.AtlasApiExceptionMapper;
import io.github.mongoapitoolkit.stubs.cloud.AtlasVersionNegotiation;
import io.github.mongoapitoolkit.stubs.cloud.CloudApi;
import io.github.mongoapitoolkit.stubs.cloud.CloudAuthentication;
import io.github.mongoapitoolkit.stubs.cloud.CloudFastPathChecks;
import io.github.mongoapitoolkit.stubs.cloud.CloudFrameworkErrorMapper;
import io.github.mongoapitoolkit.stubs.cloud.CloudHeadersTooLargeMapper;
import io.github.mongoapitoolkit.stubs.cloud.CloudRequestTooLargeMapper;
import io.github.mongoapitoolkit.stubs.cloud.CloudUnexpectedErrorMapper;
import io.github.mongoapitoolkit.stubs.cloud.OAuthErrorExceptionMapper;
import io.github.mongoapitoolkit.stubs.cloud.OpsManagerApiExceptionMapper;
import io.github.mongoapitoolkit.stubs.cloud.QueryParameterValidation;
import io.github.mongoapitoolkit.stubs.cloud.RateLimiter;
import io.github.mongoapitoolkit.stubs.cloud.RateLimiting;
import io.github.mongoapitoolkit.stubs.cloud.ResponseFormatting;
import io.github.mongoapitoolkit.stubs.common.IgnoreAccept;
import io.github.mongoapitoolkit.stubs.common.IgnoreHttpUpgrade;
import io.github.mongoapitoolkit.stubs.common.OffloadUnfinishedBodies;
import io.github.mongoapitoolkit.stubs.common.RefuseOptions;
import io.github.mongoapitoolkit.stubs.common.RequestBodyLimit;
import io.github.mongoapitoolkit.stubs.common.RequestHeaderLimit;
import io.github.mongoapitoolkit.stubs.common.RequestLog;
import io.github.mongoapitoolkit.stubs.common.SimulationClock;
import io.github.mongoapitoolkit.stubs.common.SpecNullability;
import io.github.mongoapitoolkit.stubs.common.StubObjectMapper;
import io.github.mongoapitoolkit.stubs.dataset.Dataset;
import io.github.mongoapitoolkit.stubs.fastpath.FrontHandler;
import io.github.mongoapitoolkit.stubs.fastpath.FastRoute;
import io.github.mongoapitoolkit.stubs.fastpath.PlainGet;
import io.github.mongoapitoolkit.stubs.mongosync.BodyIsJson;
import io.github.mongoapitoolkit.stubs.mongosync.FrameworkErrorMapper;
import io.github.mongoapitoolkit.stubs.mongosync.HeadersTooLargeMapper;
import io.github.mongoapitoolkit.stubs.mongosync.MalformedJsonMapper;
import io.github.mongoapitoolkit.stubs.mongosync.MongosyncErrors;
import io.github.mongoapitoolkit.stubs.mongosync.MongosyncExceptionMapper;
import io.github.mongoapitoolkit.stubs.mongosync.MongosyncSimulator;
import io.github.mongoapitoolkit.stubs.mongosync.ProgressFastRoute;
import io.github.mongoapitoolkit.stubs.mongosync.ProgressResource;
import io.github.mongoapitoolkit.stubs.opsmanager.CheckpointFastRoutes;
import io.github.mongoapitoolkit.stubs.opsmanager.CheckpointsResource;
import io.github.mongoapitoolkit.stubs.mongosync.RequestTooLargeMapper;
import io.github.mongoapitoolkit.stubs.mongosync.SyncControlResource;
import io.github.mongoapitoolkit.stubs.mongosync.UnexpectedErrorMapper;
import io.github.mongoapitoolkit.stubs.spec.ApiSpecs;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.strategies.SameThreadIOStrategy;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The two HTTP servers of the stub: mongosync on its own port, and Atlas with Ops Manager on one
 * port, as cloud.mongodb.com serves both. Each server registers exactly its resources, filters
 * and one exception mapper per exception type.
 */
public final class StubServers implements AutoCloseable {

    /** The largest request body accepted; larger ones get the API's 413. */
    public static final long MAX_BODY_BYTES = 1024 * 1024;
    /** The largest request headers accepted; larger ones get the API's error body. */
    public static final int MAX_HEADER_BYTES = 16 * 1024;
    /** Grizzly's own ceiling, far above ours so that our limit answers first. */
    static final int GRIZZLY_MAX_HEADER_BYTES = 256 * 1024;
    /** Requests whose body is still arriving that are served at once; more wait their turn. */
    static final int BODY_READER_THREADS = 32;

    private final HttpServer mongosyncServer;
    private final HttpServer cloudServer;
    private final MongosyncSimulator mongosync;
    private final ExecutorService bodyReaders;

    private StubServers(HttpServer mongosyncServer, HttpServer cloudServer, MongosyncSimulator mongosync,
            ExecutorService bodyReaders) {
        this.mongosyncServer = mongosyncServer;
        this.cloudServer = cloudServer;
        this.mongosync = mongosync;
        this.bodyReaders = bodyReaders;
    }

    static {
        // Jersey warns that resources registered as instances "will be ignored" as providers when
        // their @Path sits on the generated interface; they are served as resources all the same.
        Logger.getLogger("org.glassfish.jersey.internal.inject.Providers").setLevel(Level.SEVERE);
        Logger.getLogger("org.glassfish.grizzly").setLevel(Level.WARNING);
    }

    public static StubServers start(StubServerOptions options, Dataset dataset, Credentials credentials,
            SimulationClock clock, ApiSpecs specs) {
        return start(options, dataset, credentials, clock, specs, System::currentTimeMillis);
    }

    /**
     * As {@link #start(StubServerOptions, Dataset, Credentials, SimulationClock, ApiSpecs)}, with the
     * wall clock that rate limits, Digest nonces and bearer tokens expire by: tests that wait out a
     * {@code Retry-After} move it instead of sleeping.
     */
    public static StubServers start(StubServerOptions options, Dataset dataset, Credentials credentials,
            SimulationClock clock, ApiSpecs specs, LongSupplier wallClockMillis) {
        Optional<PrintStream> log = options.quiet() ? Optional.empty() : Optional.of(System.out);
        StubObjectMapper mapper = new StubObjectMapper(new SpecNullability(specs.trees(), ".server.model"));
        MongosyncSimulator simulator = new MongosyncSimulator(clock, dataset.mongosync());

        ProgressResource progress = new ProgressResource(simulator);
        ResourceConfig mongosyncApp = mongosyncApplication(mapper, log, simulator, progress);
        List<FastRoute> mongosyncRoutes = List.of(new ProgressFastRoute(progress, mapper.mapper()));

        BearerTokens tokens = new BearerTokens(wallClockMillis);
        DigestAuthenticator digest = new DigestAuthenticator(credentials.publicKey(), credentials.privateKey(),
                options.nonceLifetimeSeconds() * 1000, wallClockMillis);
        LiveMigrationsResource liveMigrations = new LiveMigrationsResource(dataset, specs);
        CheckpointsResource checkpoints = new CheckpointsResource(dataset, specs);
        CloudAuthentication authentication = new CloudAuthentication(digest, tokens,
                new ClientCredentials(credentials.clientId(), credentials.clientSecret()), credentials.publicKey());
        ApiAccessListCheck accessList = new ApiAccessListCheck(dataset);
        RateLimiting rateLimiting = new RateLimiting(new RateLimiter(options.rateLimitPerMinute(), wallClockMillis));
        CloudFastPathChecks checks = new CloudFastPathChecks(authentication, accessList, rateLimiting);
        List<FastRoute> cloudRoutes = List.of(new LiveMigrationFastRoute(liveMigrations, checks, mapper.mapper()),
                new CheckpointFastRoutes(checkpoints, checks, mapper.mapper()));
        ResourceConfig cloudApp = base(mapper, log, "cloud")
                .register(liveMigrations)
                .register(new ServiceAccountsResource(tokens))
                .register(checkpoints)
                .register(new AtlasVersionNegotiation())
                .register(new IgnoreAccept(path -> CloudApi.of(path) != CloudApi.ATLAS))
                .register(new RefuseOptions(CloudApi::methodNotAllowed))
                .register(authentication)
                .register(accessList)
                .register(rateLimiting)
                .register(new QueryParameterValidation())
                .register(new ResponseFormatting(mapper.mapper()))
                .register(new AtlasApiExceptionMapper())
                .register(new OpsManagerApiExceptionMapper())
                .register(new OAuthErrorExceptionMapper())
                .register(new CloudFrameworkErrorMapper())
                .register(new CloudRequestTooLargeMapper())
                .register(new CloudHeadersTooLargeMapper())
                .register(new CloudUnexpectedErrorMapper());

        ExecutorService bodyReaders = bodyReaders();
        HttpServer mongosyncServer;
        try {
            mongosyncServer = listen(options, options.mongosyncPort(), mongosyncApp, bodyReaders,
                    new Front("mongosync", mongosyncRoutes, path -> MongosyncErrors.invalidHost(), mapper, log));
        } catch (RuntimeException e) {
            bodyReaders.shutdownNow();
            throw e;
        }
        try {
            HttpServer cloudServer = listen(options, options.cloudPort(), cloudApp, bodyReaders,
                    new Front("cloud", cloudRoutes, CloudApi::invalidHost, mapper, log));
            return new StubServers(mongosyncServer, cloudServer, simulator, bodyReaders);
        } catch (RuntimeException e) {
            mongosyncServer.shutdownNow();
            bodyReaders.shutdownNow();
            throw e;
        }
    }

    private static ResourceConfig mongosyncApplication(StubObjectMapper mapper, Optional<PrintStream> log,
            MongosyncSimulator simulator, ProgressResource progress) {
        return base(mapper, log, "mongosync")
                .register(progress)
                .register(new SyncControlResource(simulator))
                .register(new BodyIsJson())
                .register(new IgnoreAccept(path -> true))
                .register(new RefuseOptions(MongosyncErrors::methodNotAllowed))
                .register(new MongosyncExceptionMapper())
                .register(new MalformedJsonMapper())
                .register(new FrameworkErrorMapper())
                .register(new RequestTooLargeMapper())
                .register(new HeadersTooLargeMapper())
                .register(new UnexpectedErrorMapper());
    }

    /** What both servers share; with {@code --quiet} no request log is registered at all. */
    private static ResourceConfig base(StubObjectMapper mapper, Optional<PrintStream> log, String name) {
        ResourceConfig app = new ResourceConfig();
        log.ifPresent(out -> app.register(new RequestLog(name, out)));
        return app
                .register(JacksonFeature.withoutExceptionMappers())
                .register(mapper)
                .register(new RequestBodyLimit(MAX_BODY_BYTES))
                .register(new RequestHeaderLimit(MAX_HEADER_BYTES))
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
    }

    /** Threads for the requests {@link OffloadUnfinishedBodies} takes off the selector threads. */
    private static ExecutorService bodyReaders() {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(BODY_READER_THREADS, BODY_READER_THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "stub-body-reader-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** What the {@link FrontHandler} of one server needs: its routes, its 400 for a bad Host, its log. */
    private record Front(String server, List<FastRoute> routes, Function<String, Response> invalidHost,
            StubObjectMapper mapper, Optional<PrintStream> log) {
    }

    private static HttpServer listen(StubServerOptions options, int port, ResourceConfig app, ExecutorService bodyReaders,
            Front front) {
        String bind = options.bind();
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://" + bind + ":" + port + "/"), app, false);
        // Every request goes through the front handler; with --no-fast-path it has no routes.
        ServerConfiguration config = server.getServerConfiguration();
        for (Map.Entry<HttpHandler, HttpHandlerRegistration[]> handler : Map.copyOf(config.getHttpHandlersWithMapping()).entrySet()) {
            if (handler.getKey() instanceof GrizzlyHttpContainer jersey) {
                config.removeHttpHandler(jersey);
                config.addHttpHandler(new FrontHandler(jersey, new PlainGet(MAX_HEADER_BYTES),
                        options.fastPath() ? front.routes() : List.of(), front.invalidHost(), front.mapper().mapper(),
                        front.server(), front.log()), handler.getValue());
            }
        }
        for (NetworkListener listener : server.getListeners()) {
            listener.setMaxHttpHeaderSize(GRIZZLY_MAX_HEADER_BYTES);
            listener.getTransport().setIOStrategy(SameThreadIOStrategy.getInstance());
            // One selector thread per core, not Grizzly's two: under wrk -t2 -c32 on two cores that
            // halved p99 (4.5-5.1 ms -> 2.0-2.6 ms) for a tenth less throughput (benchmarks/RESULTS.md).
            listener.getTransport().setSelectorRunnersCount(Runtime.getRuntime().availableProcessors());
            listener.registerAddOn((networkListener, chain) ->
            {
                int serverFilter = chain.indexOfType(HttpServerFilter.class);
                chain.add(serverFilter, new OffloadUnfinishedBodies(bodyReaders));
                chain.add(serverFilter, new IgnoreHttpUpgrade());
            });
        }
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + bind + ":" + port + ": " + e.getMessage(), e);
        }
        return server;
    }

    public URI mongosyncUri() {
        return uri(mongosyncServer);
    }

    public URI cloudUri() {
        return uri(cloudServer);
    }

    public MongosyncSimulator mongosync() {
        return mongosync;
    }

    private static URI uri(HttpServer server) {
        var listener = server.getListeners().iterator().next();
        return URI.create("http://" + listener.getHost() + ":" + listener.getPort());
    }

    @Override
    public void close() {
        cloudServer.shutdownNow();
        mongosyncServer.shutdownNow();
        bodyReaders.shutdownNow();
    }
}
