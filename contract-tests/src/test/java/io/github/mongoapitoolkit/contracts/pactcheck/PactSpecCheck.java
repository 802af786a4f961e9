package io.github.mongoapitoolkit.contracts.pactcheck;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.IRequest;
import au.com.dius.pact.core.model.IResponse;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mongoapitoolkit.client.rules.StateRules;
import io.github.mongoapitoolkit.contracts.ApiContract;
import io.github.mongoapitoolkit.contracts.ApiSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Holds every interaction of a pact file against the spec of its provider, offline: the request
 * (path, method, parameters, headers, body) and the response (status declared, headers, content
 * type, body schema) with swagger-request-validator's core validator, and mongosync progress
 * bodies also against the spec's {@code x-state-rules}.
 *
 * <p>Atlassian's own {@code swagger-request-validator-pact} module is not used: 2.44.1 throws
 * {@code NoSuchMethodError} on {@code ConsumerInfo.getPactFileAuthentication} with Pact 4.7. The
 * pact is read with Pact's own reader and fed to the core validator instead.
 */
public final class PactSpecCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StateRules MONGOSYNC_STATE_RULES = StateRules.mongosyncProgress();

    /** One way an interaction breaks its spec: {@code rule} is the validator's key or a state rule id. */
    public record Finding(String pactFile, String interaction, String rule, String message) {
        @Override
        public String toString() {
            return pactFile + ": interaction \"" + interaction + "\": [" + rule + "] " + message;
        }
    }

    private PactSpecCheck() {
    }

    public static Pact read(Path pactFile) {
        return DefaultPactReader.INSTANCE.loadPact(pactFile.toFile());
    }

    /** Every finding of every interaction in the file; empty when the pact is one the spec allows. */
    public static List<Finding> check(Path pactFile) {
        String file = pactFile.getFileName().toString();
        Pact pact = read(pactFile);
        Optional<ApiContract> api = ApiContract.ofProvider(pact.getProvider().getName());
        if (api.isEmpty()) {
            return List.of(new Finding(file, "*", "unknown-provider",
                    "provider \"" + pact.getProvider().getName() + "\" names no spec under specs/"));
        }
        List<Finding> findings = new ArrayList<>();
        for (Interaction interaction : pact.getInteractions()) {
            findings.addAll(check(file, api.get().spec(), interaction));
        }
        return findings;
    }

    static List<Finding> check(String file, ApiSpec spec, Interaction interaction) {
        String name = interaction.getDescription();
        if (!interaction.isSynchronousRequestResponse()) {
            return List.of(new Finding(file, name, "not-http", "only HTTP request/response interactions are specified"));
        }
        SynchronousRequestResponse http = interaction.asSynchronousRequestResponse();
        List<Finding> findings = new ArrayList<>();
        Request request = request(http.getRequest());
        ValidationReport responseReport = spec.interactionValidator()
                .validateResponse(request.getPath(), request.getMethod(), response(http.getResponse()));
        errors(responseReport).forEach(m -> findings.add(new Finding(file, name, m.getKey(), m.getMessage())));
        if (!refusesTheRequest(http.getResponse(), responseReport)) {
            errors(spec.interactionValidator().validateRequest(request))
                    .forEach(m -> findings.add(new Finding(file, name, m.getKey(), m.getMessage())));
        }
        if (spec.api() == ApiContract.MONGOSYNC && http.getRequest().getPath().equals("/api/v1/progress")
                && http.getResponse().getStatus() == 200) {
            stateRuleFindings(file, name, http.getResponse(), findings);
        }
        return findings;
    }

    /**
     * An interaction may send a request the spec does not allow (a malformed id, a page size over
     * the maximum) only to pin how it is refused: with a declared 4xx response.
     */
    private static boolean refusesTheRequest(IResponse response, ValidationReport responseReport) {
        return response.getStatus() >= 400 && response.getStatus() < 500 && errors(responseReport).isEmpty();
    }

    private static List<ValidationReport.Message> errors(ValidationReport report) {
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR).toList();
    }

    private static void stateRuleFindings(String file, String name, IResponse response, List<Finding> findings) {
        try {
            JsonNode body = JSON.readTree(response.getBody().valueAsString());
            MONGOSYNC_STATE_RULES.check(body)
                    .forEach(v -> findings.add(new Finding(file, name, v.ruleId(), v.pointer() + ": " + v.message())));
        } catch (IOException e) {
            findings.add(new Finding(file, name, "body-not-json", e.getMessage()));
        }
    }

    private static Request request(IRequest pactRequest) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(pactRequest.getMethod().toUpperCase(Locale.ROOT),
                pactRequest.getPath());
        pactRequest.getQuery().forEach((name, values) -> request.withQueryParam(name, values));
        pactRequest.getHeaders().forEach((name, values) -> request.withHeader(name, values));
        if (pactRequest.getBody().isPresent()) {
            request.withBody(pactRequest.getBody().valueAsString());
        }
        return request.build();
    }

    private static SimpleResponse response(IResponse pactResponse) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(pactResponse.getStatus());
        pactResponse.getHeaders().forEach((name, values) -> response.withHeader(name, values));
        if (pactResponse.getBody().isPresent()) {
            response.withBody(pactResponse.getBody().valueAsString());
        }
        return response.build();
    }
}
