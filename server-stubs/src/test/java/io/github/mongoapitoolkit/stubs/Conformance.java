package io.github.mongoapitoolkit.stubs;

import io.github.mongoapitoolkit.conformance.ConformanceCheck;
import io.github.mongoapitoolkit.conformance.MongoApi;
import io.github.mongoapitoolkit.conformance.ObservedRequest;
import io.github.mongoapitoolkit.conformance.ObservedResponse;
import io.github.mongoapitoolkit.conformance.Violation;
import java.util.List;
import java.util.Map;

/** This module's tests' way to the published {@link ConformanceCheck}, by the stub's two ports. */
final class Conformance {

    private Conformance() {
    }

    /** Every way a response of the mongosync port (or the cloud port) breaks the specs. */
    static List<Violation> problems(boolean mongosyncServer, String method, String path, String query, int status,
            Map<String, List<String>> headers, String body) {
        ConformanceCheck check = mongosyncServer ? ConformanceCheck.mongosync() : ConformanceCheck.cloud();
        return check.check(ObservedRequest.of(method, query == null ? path : path + "?" + query),
                ObservedResponse.of(status, headers, body));
    }

    /** Problems of a body as the error body of {@code mongosync}, {@code atlas}, {@code ops-manager} or {@code oauth}. */
    static List<Violation> errorBodyProblems(String api, String body) {
        return switch (api) {
            case "mongosync" -> ConformanceCheck.mongosync().checkErrorBody(MongoApi.MONGOSYNC, body);
            case "atlas" -> ConformanceCheck.cloud().checkErrorBody(MongoApi.ATLAS_LIVE_MIGRATIONS, body);
            case "ops-manager" -> ConformanceCheck.cloud().checkErrorBody(MongoApi.OPS_MANAGER_CHECKPOINTS, body);
            case "oauth" -> ConformanceCheck.cloud().checkErrorBody(MongoApi.ATLAS_LIVE_MIGRATIONS, "OAuthError", body);
            default -> throw new IllegalArgumentException("No API " + api);
        };
    }
}
