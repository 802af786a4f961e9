package io.github.mongoapitoolkit.contracts;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mongoapitoolkit.client.rules.StateRules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one way this module holds a response against its spec, whether the response comes from a
 * pact, from the stub during provider verification or from a case file: swagger-request-validator
 * for the operation (status declared, headers, content type, body), and a mongosync progress body
 * also against the spec's {@code x-state-rules}.
 */
public final class ResponseCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StateRules MONGOSYNC_STATE_RULES = StateRules.mongosyncProgress();
    private static final String PROGRESS = "/api/v1/progress";

    /** One thing wrong: the validator's key (such as {@code validation.response.body.schema.type}) or a state rule id. */
    public record Problem(String rule, String message) {

        /** True when this is the rule a case names: a JSON Schema keyword, a full key or a state rule id. */
        public boolean is(String breaks) {
            return rule.equals(breaks) || rule.endsWith(".schema." + breaks);
        }

        @Override
        public String toString() {
            return "[" + rule + "] " + message;
        }
    }

    private ResponseCheck() {
    }

    public static List<Problem> problems(ApiSpec spec, String method, String path, int status,
            Map<String, List<String>> headers, String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        headers.forEach(response::withHeader);
        if (body != null) {
            response.withBody(body);
        }
        List<Problem> problems = new ArrayList<>(errors(
                spec.interactionValidator().validateResponse(path, Request.Method.valueOf(method), response.build())));
        if (spec.api() == ApiContract.MONGOSYNC && path.equals(PROGRESS) && status == 200) {
            try {
                problems.addAll(stateRules(JSON.readTree(body == null ? "" : body)));
            } catch (IOException e) {
                problems.add(new Problem("body-not-json", e.getMessage()));
            }
        }
        return problems;
    }

    /** Violations of mongosync's {@code x-state-rules} by a progress body. */
    public static List<Problem> stateRules(JsonNode progressBody) {
        return MONGOSYNC_STATE_RULES.check(progressBody).stream()
                .map(v -> new Problem(v.ruleId(), v.pointer() + ": " + v.message()))
                .toList();
    }

    /** The errors of a validation report, as problems. */
    public static List<Problem> errors(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> new Problem(m.getKey(), m.getMessage()))
                .toList();
    }
}
