package io.github.mongoapitoolkit.testing;

import io.github.mongoapitoolkit.stubs.StubServerOptions;
import io.github.mongoapitoolkit.stubs.StubServers;
import io.github.mongoapitoolkit.stubs.auth.Credentials;
import io.github.mongoapitoolkit.stubs.common.ManualClock;
import io.github.mongoapitoolkit.stubs.dataset.Dataset;
import io.github.mongoapitoolkit.stubs.dataset.DatasetLoader;
import io.github.mongoapitoolkit.stubs.spec.ApiSpecs;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The stub server in a JUnit 5 test. With {@link MongoApiStubTest} a fresh stub runs for each
 * test; registered as a field, it is configured with {@link #builder()}:
 *
 * <pre>{@code
 * @RegisterExtension
 * static MongoApiStubsExtension stubs = MongoApiStubsExtension.builder().perClass().rateLimitPerMinute(10).build();
 * }</pre>
 *
 * A {@link MongoApiStubs} parameter of a test, constructor or lifecycle method is the running stub.
 * Per test (the default), each test gets a new stub, so no state, rate limit or clock leaks from one
 * test into the next; per class, one stub serves all tests of the class, in their order.
 */
public final class MongoApiStubsExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {

    /** Parsed once per JVM and shared by every stub the extension starts. */
    private static volatile ApiSpecs specs;

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MongoApiStubsExtension.class);

    private final boolean perClass;
    private final int rateLimitPerMinute;
    private final Credentials credentials;
    private final Path dataset;
    private final String datasetJson;

    /** What {@link MongoApiStubTest} registers: a fresh stub per test, the built-in dataset. */
    public MongoApiStubsExtension() {
        this(builder());
    }

    private MongoApiStubsExtension(Builder builder) {
        this.perClass = builder.perClass;
        this.rateLimitPerMinute = builder.rateLimitPerMinute;
        this.credentials = builder.credentials;
        this.dataset = builder.dataset;
        this.datasetJson = builder.datasetJson;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options of a {@link MongoApiStubsExtension}; each has the default the annotation uses. */
    public static final class Builder {
        private boolean perClass;
        private int rateLimitPerMinute = StubServerOptions.defaults().rateLimitPerMinute();
        private Credentials credentials = Credentials.fromEnvironment(Map.of());
        private Path dataset;
        private String datasetJson;

        private Builder() {
        }

        /** One stub for all tests of the class instead of one per test. */
        public Builder perClass() {
            this.perClass = true;
            return this;
        }

        /** Atlas and Ops Manager requests per minute per caller before 429; 0 turns the limit off. Default 100, as Atlas. */
        public Builder rateLimitPerMinute(int requests) {
            this.rateLimitPerMinute = requests;
            return this;
        }

        /** The API key and service account the stub accepts; default the README's development values. */
        public Builder credentials(String publicKey, String privateKey, String clientId, String clientSecret) {
            this.credentials = Credentials.fromEnvironment(Map.of(Credentials.PUBLIC_API_KEY, publicKey,
                    Credentials.PRIVATE_API_KEY, privateKey, Credentials.CLIENT_ID, clientId, Credentials.CLIENT_SECRET, clientSecret));
            return this;
        }

        /** A dataset file in the stub's JSON format (README, "Datasets") instead of the built-in one. */
        public Builder dataset(Path file) {
            this.dataset = file;
            this.datasetJson = null;
            return this;
        }

        /** A dataset built in Java, checked as a file is when the stub starts. */
        public Builder dataset(DatasetBuilder built) {
            this.datasetJson = built.toJson();
            this.dataset = null;
            return this;
        }

        public MongoApiStubsExtension build() {
            return new MongoApiStubsExtension(this);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (perClass) {
            context.getStore(NAMESPACE).put(Running.class, start());
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            context.getStore(NAMESPACE).put(Running.class, start());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop(context);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (perClass) {
            stop(context);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == MongoApiStubs.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = find(context);
        if (running == null) {
            // A per-test stub asked for in @BeforeAll or a constructor of a per-method test class.
            throw new org.junit.jupiter.api.extension.ParameterResolutionException(
                    "No stub runs yet here: with a stub per test, ask for MongoApiStubs in a test or @BeforeEach method, "
                            + "or build the extension with perClass().");
        }
        return running.stubs;
    }

    private Running find(ExtensionContext context) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Running running = c.getStore(NAMESPACE).get(Running.class, Running.class);
            if (running != null) {
                return running;
            }
        }
        return null;
    }

    private Running start() {
        ApiSpecs shared = specs();
        DatasetLoader loader = new DatasetLoader(shared);
        Dataset data = datasetJson != null ? loader.fromJson("the dataset built in the test", datasetJson)
                : dataset != null ? loader.load(dataset) : loader.builtIn();
        ManualClock clock = new ManualClock();
        StubServerOptions options = StubServerOptions.defaults().withPorts(0, 0).withRateLimit(rateLimitPerMinute).withQuiet(true);
        StubServers servers = StubServers.start(options, data, credentials, clock, shared);
        return new Running(new MongoApiStubs(servers, credentials, clock));
    }

    private static ApiSpecs specs() {
        ApiSpecs loaded = specs;
        if (loaded == null) {
            synchronized (MongoApiStubsExtension.class) {
                if (specs == null) {
                    specs = ApiSpecs.load();
                }
                loaded = specs;
            }
        }
        return loaded;
    }

    private static void stop(ExtensionContext context) {
        Running running = context.getStore(NAMESPACE).remove(Running.class, Running.class);
        if (running != null) {
            running.close();
        }
    }

    /** Closed by JUnit's store if a test run ends without the after callbacks. */
    private static final class Running implements ExtensionContext.Store.CloseableResource {
        private final MongoApiStubs stubs;

        Running(MongoApiStubs stubs) {
            this.stubs = stubs;
        }

        @Override
        public void close() {
            stubs.servers().close();
        }
    }
}
