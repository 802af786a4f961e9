package io.github.mongoapitoolkit.contracts;

import io.github.mongoapitoolkit.conformance.ApiSpec;
import io.github.mongoapitoolkit.conformance.ConformanceCheck;
import io.github.mongoapitoolkit.conformance.MongoApi;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three APIs under contract: the provider name each pact carries (the spec's folder under
 * {@code specs/}) and the consumer this module writes pacts for.
 */
public enum ApiContract {
    MONGOSYNC("mongosync", "cutover-orchestrator"),
    ATLAS_LIVE_MIGRATIONS("atlas-live-migrations", "migration-dashboard"),
    OPS_MANAGER_CHECKPOINTS("ops-manager-checkpoints", "backup-auditor");

    /** Provider names as annotations need them: compile-time constants. */
    public static final String MONGOSYNC_PROVIDER = "mongosync";
    public static final String ATLAS_PROVIDER = "atlas-live-migrations";
    public static final String OPS_MANAGER_PROVIDER = "ops-manager-checkpoints";
    public static final String MONGOSYNC_CONSUMER = "cutover-orchestrator";
    public static final String ATLAS_CONSUMER = "migration-dashboard";
    public static final String OPS_MANAGER_CONSUMER = "backup-auditor";

    private final String provider;
    private final String consumer;

    ApiContract(String provider, String consumer) {
        this.provider = provider;
        this.consumer = consumer;
    }

    public String provider() {
        return provider;
    }

    public String consumer() {
        return consumer;
    }

    /** The published API this contract is about. */
    public MongoApi mongoApi() {
        return MongoApi.named(provider).orElseThrow();
    }

    /** Its spec, from the specs artifact on the classpath. */
    public ApiSpec spec() {
        return mongoApi().spec();
    }

    /** The published check for this API's responses. */
    public ConformanceCheck conformance() {
        return ConformanceCheck.of(mongoApi());
    }

    public static ApiContract of(MongoApi api) {
        return ofProvider(api.specName()).orElseThrow();
    }

    public static Optional<ApiContract> ofProvider(String provider) {
        return Arrays.stream(values()).filter(api -> api.provider.equals(provider)).findFirst();
    }
}
