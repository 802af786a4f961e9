package io.github.mongoapitoolkit.stubs;

import io.github.mongoapitoolkit.stubs.atlas.LiveMigrationFastRoute;
import io.github.mongoapitoolkit.stubs.atlas.AtlasDirectory;
import io.github.mongoapitoolkit.stubs.atlas.LiveMigrationSimulator;
import io.github.mongoapitoolkit.stubs.atlas.LiveMigrationsResource;
import io.github.mongoapitoolkit.stubs.cloud.SpecConformingBodies;
import io.github.mongoapitoolkit.stubs.dataset.ApiKey;
import io.github.mongoapitoolkit.stubs.pipeline.checks.RoleRequirement;
import io.github.mongoapitoolkit.stubs.atlas.ServiceAccountsResource;
import io.github.mongoapitoolkit.stubs.auth.BearerTokens;
import io.github.mongoapitoolkit.stubs.auth.ClientCredentials;
import io.github.mongoapitoolkit.stubs.auth.Credentials;
import io.github.mongoapitoolkit.stubs.auth.DigestAuthenticator;
import io.github.mongoapitoolkit.stubs.cloud.AtlasApiExceptionMapper;
import io.github.mongoapitoolkit.stubs.cloud.OAuthErrorExceptionMapper;
import io.github.mongoapitoolkit.stubs.cloud.OpsManagerApiExceptionMapper;
import io.github.mongoapitoolkit.stubs.cloud.RateLimiter;
import io.github.mongoapitoolkit.stubs.cloud.ResponseFormatting;
import io.github.mongoapitoolkit.stubs.common.IgnoreHttpUpgrade;
import io.github.mongoapitoolkit.stubs.common.RequestLog;
import io.github.mongoapitoolkit.stubs.common.SimulationClock;
import io.github.mongoapitoolkit.stubs.common.SpecNullability;
import io.github.mongoapitoolkit.stubs.common.StubObjectMapper;
import io.github.mongoapitoolkit.stubs.dataset.Dataset;
import io.github.mongoapitoolkit.stubs.jersey.ApplyExchange;
import io.github.mongoapitoolkit.stubs.jersey.DeferredJersey;
import io.github.mongoapitoolkit.stubs.jersey.NegotiatedMediaType;
import io.github.mongoapitoolkit.stubs.jersey.FrameworkErrorMapper;
import io.github.mongoapitoolkit.stubs.jersey.UnexpectedErrorMapper;
import io.github.mongoapitoolkit.stubs.mongosync.BodyIsJson;
import io.github.mongoapitoolkit.stubs.mongosync.MalformedJsonMapper;
import io.github.mongoapitoolkit.stubs.mongosync.MongosyncExceptionMapper;
import io.github.mongoapitoolkit.stubs.mongosync.MongosyncSimulator;
import io.github.mongoapitoolkit.stubs.mongosync.ProgressFastRoute;
import io.github.mongoapitoolkit.stubs.mongosync.ProgressResource;
import io.github.mongoapitoolkit.stubs.mongosync.SyncControlResource;
import io.github.mongoapitoolkit.stubs.opsmanager.CheckpointFastRoutes;
import io.github.mongoapitoolkit.stubs.opsmanager.CheckpointsResource;
import io.github.mongoapitoolkit.stubs.pipeline.Admission;
import io.github.mongoapitoolkit.stubs.pipeline.AdmissionPipeline;
import io.github.mongoapitoolkit.stubs.pipeline.Api;
import io.github.mongoapitoolkit.stubs.faults.Faults;
import io.github.mongoapitoolkit.stubs.journal.RequestJournal;
import io.github.mongoapitoolkit.stubs.pipeline.checks.InjectedFaults;
import io.github.mongoapitoolkit.stubs.pipeline.checks.MongosyncOutage;
import io.github.mongoapitoolkit.stubs.pipeline.ApiShapedHttpCodec;
import io.github.mongoapitoolkit.stubs.pipeline.WholeBodies;
import io.github.mongoapitoolkit.stubs.pipeline.FastRoute;
import io.github.mongoapitoolkit.stubs.pipeline.FrontHandler;
import io.github.mongoapitoolkit.stubs.pipeline.Routes;
import io.github.mongoapitoolkit.stubs.pipeline.checks.AccessList;
import io.github.mongoapitoolkit.stubs.pipeline.checks.Authentication;
import io.github.mongoapitoolkit.stubs.pipeline.checks.BodyLimit;
import io.github.mongoapitoolkit.stubs.pipeline.checks.DeclaredOperation;
import io.github.mongoapitoolkit.stubs.pipeline.checks.HeaderLimit;
import io.github.mongoapitoolkit.stubs.pipeline.checks.QueryParameters;
import io.github.mongoapitoolkit.stubs.pipeline.checks.RateLimit;
import io.github.mongoapitoolkit.stubs.pipeline.checks.RequestMediaType;
import io.github.mongoapitoolkit.stubs.pipeline.checks.StrictHttp;
import io.github.mongoapitoolkit.stubs.pipeline.checks.VersionNegotiation;
import io.github.mongoapitoolkit.stubs.spec.ApiSpecs;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.grizzly.strategies.SameThreadIOStrategy;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The two HTTP servers of the stub: mongosync on its own port, and Atlas with Ops Manager on one
 * port, as cloud.mongodb.com serves both. Each routes every request once from its specs and runs
 * the same {@link AdmissionPipeline} before its fast routes or Jersey answer (see {@link FrontHandler}).
 */
public final class StubServers implements AutoCloseable {

    /** The largest request body accepted; larger ones get the API's 413. */
    public static final long MAX_BODY_BYTES = 1024 * 1024;
    /** The largest request headers accepted; larger ones get the API's error body. */
    public static final int MAX_HEADER_BYTES = 16 * 1024;
    /** The HTTP codec's own ceiling, far above ours; beyond it the codec answers, in the API's shape too. */
    static final int CODEC_MAX_HEADER_BYTES = 256 * 1024;
    /** Request bodies that may be arriving at once on one port; more get the API's 429. */
    static final int MAX_PENDING_BODIES = 1024;

    private final HttpServer mongosyncServer;
    private final HttpServer cloudServer;
    private final MongosyncSimulator mongosync;
    private final LiveMigrationSimulator liveMigrations;
    private final List<ExecutorService> executors;
    private final List<FrontHandler> fronts;
    private final RequestJournal journal;
    private final Faults faults;

    private StubServers(HttpServer mongosyncServer, HttpServer cloudServer, MongosyncSimulator mongosync,
            LiveMigrationSimulator liveMigrations, List<ExecutorService> executors, List<FrontHandler> fronts,
            RequestJournal journal, Faults faults) {
        this.liveMigrations = liveMigrations;
        this.journal = journal;
        this.faults = faults;
        this.mongosyncServer = mongosyncServer;
        this.cloudServer = cloudServer;
        this.mongosync = mongosync;
        this.executors = executors;
        this.fronts = fronts;
    }

    /*
     * Jersey warns that resources registered as instances "will be ignored" as providers when their
     * @Path sits on the generated interface; they are served as resources all the same. The loggers
     * are held here: java.util.logging keeps loggers only weakly, and a collected logger forgets
     * its level, which let the warnings through whenever a collection came before the first server.
     */
    private static final Logger JERSEY_PROVIDERS = quieted("org.glassfish.jersey.internal.inject.Providers", Level.SEVERE);
    private static final Logger GRIZZLY = quieted("org.glassfish.grizzly", Level.WARNING);

    private static Logger quieted(String name, Level level) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(level);
        return logger;
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
        return start(options, dataset, credentials, clock, specs, wallClockMillis, List.of());
    }

    /**
     * As {@link #start(StubServerOptions, Dataset, Credentials, SimulationClock, ApiSpecs, LongSupplier)},
     * with more checks at the end of the admission pipeline: every request on either port, fast
     * path or not, passes them.
     */
    public static StubServers start(StubServerOptions options, Dataset dataset, Credentials credentials,
            SimulationClock clock, ApiSpecs specs, LongSupplier wallClockMillis, List<Admission> moreChecks) {
        Optional<PrintStream> log = options.quiet() ? Optional.empty() : Optional.of(System.out);
        StubObjectMapper mapper = new StubObjectMapper(new SpecNullability(specs.trees(), ".server.model"));
        MongosyncSimulator simulator = new MongosyncSimulator(clock, dataset.mongosync());
        ProgressResource progress = new ProgressResource(simulator);

        BearerTokens tokens = new BearerTokens(wallClockMillis);
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, String> roles = new LinkedHashMap<>();
        dataset.apiKeys().forEach(key -> {
            keys.put(key.publicKey(), key.privateKey());
            roles.put(key.publicKey(), key.role().equals(ApiKey.OWNER) ? RoleRequirement.OWNER : RoleRequirement.MEMBER);
        });
        // The configured key and service account are owners, whatever a dataset says of the same name.
        keys.put(credentials.publicKey(), credentials.privateKey());
        roles.put(credentials.publicKey(), RoleRequirement.OWNER);
        roles.put(credentials.clientId(), RoleRequirement.OWNER);
        DigestAuthenticator digest = new DigestAuthenticator(keys, options.nonceLifetimeSeconds() * 1000, wallClockMillis);
        LiveMigrationSimulator migrationSimulator = new LiveMigrationSimulator(clock, new AtlasDirectory(dataset));
        LiveMigrationsResource liveMigrations = new LiveMigrationsResource(migrationSimulator, specs, mapper.mapper());
        CheckpointsResource checkpoints = new CheckpointsResource(dataset, specs);
        Map<Api, com.fasterxml.jackson.databind.JsonNode> cloudSpecs = new LinkedHashMap<>();
        cloudSpecs.put(Api.ATLAS, specs.atlasTree());
        cloudSpecs.put(Api.OPS_MANAGER, specs.opsManagerTree());
        Routes mongosyncRoutes = Routes.of(Map.of(Api.MONGOSYNC, specs.mongosyncTree()), Map.of(Api.MONGOSYNC, "mongosync"));
        Routes cloudRoutes = Routes.of(cloudSpecs, Map.of(Api.ATLAS, "atlas-live-migrations", Api.OPS_MANAGER, "ops-manager-checkpoints"));
        Faults faults = new Faults(List.of(mongosyncRoutes::operation, cloudRoutes::operation), clock);
        AdmissionPipeline pipeline = new AdmissionPipeline(List.of(
                new MongosyncOutage(faults),
                new StrictHttp(),
                new HeaderLimit(MAX_HEADER_BYTES),
                new DeclaredOperation(),
                new BodyLimit(MAX_BODY_BYTES),
                new RequestMediaType(),
                new VersionNegotiation(),
                new Authentication(digest, tokens, new ClientCredentials(credentials.clientId(), credentials.clientSecret())),
                new AccessList(dataset),
                new RoleRequirement(roles),
                new RateLimit(new RateLimiter(options.rateLimitPerMinute(), wallClockMillis)),
                new QueryParameters(),
                new InjectedFaults(faults))).then(moreChecks);

        // Built on a background thread after the ports listen: nothing here runs on the start path.
        Supplier<ResourceConfig> mongosyncApp = () -> base(mapper, log, "mongosync")
                .register(progress)
                .register(new SyncControlResource(simulator))
                .register(new BodyIsJson())
                .register(new MongosyncExceptionMapper())
                .register(new MalformedJsonMapper())
                .register(new FrameworkErrorMapper(Api.MONGOSYNC))
                .register(new UnexpectedErrorMapper(Api.MONGOSYNC));
        Supplier<ResourceConfig> cloudApp = () -> base(mapper, log, "cloud")
                .register(liveMigrations)
                .register(new ServiceAccountsResource(tokens))
                .register(checkpoints)
                .register(new ResponseFormatting(mapper.mapper()))
                .register(new SpecConformingBodies())
                .register(new AtlasApiExceptionMapper())
                .register(new OpsManagerApiExceptionMapper())
                .register(new OAuthErrorExceptionMapper())
                .register(new FrameworkErrorMapper(Api.ATLAS))
                .register(new UnexpectedErrorMapper(Api.ATLAS));

        List<FastRoute> mongosyncFast = List.of(new ProgressFastRoute(progress, mapper.mapper()));
        List<FastRoute> cloudFast = new java.util.ArrayList<>(CheckpointFastRoutes.of(checkpoints, mapper.mapper()));
        cloudFast.add(new LiveMigrationFastRoute(liveMigrations, migrationSimulator, mapper.mapper()));

        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "stub-timer");
            thread.setDaemon(true);
            return thread;
        });
        long bodyTimeoutMillis = options.bodyTimeoutSeconds() * 1000;
        RequestJournal journal = new RequestJournal();
        List<DeferredJersey> jersey = DeferredJersey.buildInBackground(List.of(mongosyncApp, cloudApp));
        FrontHandler mongosyncFront = new FrontHandler(jersey.get(0), mongosyncRoutes, pipeline,
                options.fastPath() ? mongosyncFast : List.of(), mapper.mapper(), "mongosync", log, journal, timer);
        FrontHandler cloudFront = new FrontHandler(jersey.get(1), cloudRoutes, pipeline,
                options.fastPath() ? cloudFast : List.of(), mapper.mapper(), "cloud", log, journal, timer);
        HttpServer mongosyncServer = null;
        try {
            mongosyncServer = listen(options, options.mongosyncPort(), mongosyncFront, mongosyncRoutes, mapper, timer, bodyTimeoutMillis);
            HttpServer cloudServer = listen(options, options.cloudPort(), cloudFront, cloudRoutes, mapper, timer, bodyTimeoutMillis);
            return new StubServers(mongosyncServer, cloudServer, simulator, migrationSimulator,
                    List.of(timer), List.of(mongosyncFront, cloudFront), journal, faults);
        } catch (RuntimeException e) {
            if (mongosyncServer != null) {
                mongosyncServer.shutdownNow();
            }
            jersey.forEach(DeferredJersey::destroy);
            timer.shutdownNow();
            throw e;
        }
    }

    /**
     * What both servers share; with {@code --quiet} no request log is registered at all. Everything
     * the applications use is registered here by name, so Jersey's classpath discovery (auto-
     * discoverable features, META-INF/services, bean validation) is off: it only cost start-up time.
     */
    private static ResourceConfig base(StubObjectMapper mapper, Optional<PrintStream> log, String name) {
        ResourceConfig app = new ResourceConfig();
        log.ifPresent(out -> app.register(new RequestLog(name, out)));
        return app
                .register(JacksonFeature.withoutExceptionMappers())
                .register(mapper)
                .register(new ApplyExchange())
                .register(new NegotiatedMediaType())
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true)
                .property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true)
                .property(ServerProperties.BV_FEATURE_DISABLE, true)
                .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
    }

    /**
     * The port's Grizzly server as Jersey's factory would make it, with the front handler in
     * Jersey's place: every request goes through it, and it calls Jersey once Jersey is built.
     */
    private static HttpServer listen(StubServerOptions options, int port, FrontHandler front, Routes routes, StubObjectMapper mapper,
            ScheduledExecutorService timer, long bodyTimeoutMillis) {
        String bind = options.bind();
        HttpServer server = new HttpServer();
        server.addListener(new NetworkListener("grizzly", bind, port));
        ServerConfiguration config = server.getServerConfiguration();
        config.addHttpHandler(front, HttpHandlerRegistration.bulder().contextPath("").build());
        config.setPassTraceRequest(true);
        config.setDefaultQueryEncoding(StandardCharsets.UTF_8);
        for (NetworkListener listener : server.getListeners()) {
            listener.setMaxHttpHeaderSize(CODEC_MAX_HEADER_BYTES);
            listener.getTransport().setIOStrategy(SameThreadIOStrategy.getInstance());
            // One selector thread per core, not Grizzly's two: under wrk -t2 -c32 on two cores that
            // halved p99 (4.5-5.1 ms -> 2.0-2.6 ms) for a tenth less throughput (benchmarks/RESULTS.md).
            listener.getTransport().setSelectorRunnersCount(Runtime.getRuntime().availableProcessors());
            listener.registerAddOn((networkListener, chain) -> {
                int codec = chain.indexOfType(org.glassfish.grizzly.http.HttpServerFilter.class);
                chain.set(codec, new ApiShapedHttpCodec(networkListener.isChunkingEnabled(), networkListener.getMaxHttpHeaderSize(),
                        networkListener.getKeepAlive(), networkListener.getMaxRequestHeaders(),
                        networkListener.getMaxResponseHeaders(), routes, mapper.mapper()));
                chain.add(chain.indexOfType(HttpServerFilter.class), new IgnoreHttpUpgrade());
                // Per port: a slow body on one port holds nothing of the other's.
                chain.add(chain.indexOfType(HttpServerFilter.class), new WholeBodies(routes, mapper.mapper(), MAX_BODY_BYTES,
                        bodyTimeoutMillis, MAX_PENDING_BODIES, timer));
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

    /** The simulated Cloud Migration Service: validations, migrations, cutovers and links. */
    public LiveMigrationSimulator liveMigrations() {
        return liveMigrations;
    }

    public MongosyncSimulator mongosync() {
        return mongosync;
    }

    /** Faults to inject per operation, for tests. */
    public Faults faults() {
        return faults;
    }

    /** Every request both servers answered, newest last (bounded). */
    public RequestJournal journal() {
        return journal;
    }

    /** How many answers the fast routes of both servers wrote (0 with {@code --no-fast-path}). */
    public long fastPathAnswers() {
        return fronts.stream().mapToLong(FrontHandler::fastAnswers).sum();
    }

    private static URI uri(HttpServer server) {
        var listener = server.getListeners().iterator().next();
        return URI.create("http://" + listener.getHost() + ":" + listener.getPort());
    }

    @Override
    public void close() {
        cloudServer.shutdownNow();
        mongosyncServer.shutdownNow();
        executors.forEach(ExecutorService::shutdownNow);
    }
}
