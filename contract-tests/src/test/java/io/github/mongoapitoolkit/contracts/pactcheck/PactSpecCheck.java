package io.github.mongoapitoolkit.contracts.pactcheck;

import io.github.mongoapitoolkit.conformance.ConformanceCheck;
import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.IRequest;
import au.com.dius.pact.core.model.IResponse;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import io.github.mongoapitoolkit.contracts.ApiContract;
import io.github.mongoapitoolkit.contracts.provider.PactsForVerification;
import io.github.mongoapitoolkit.conformance.ApiSpec;
import io.github.mongoapitoolkit.conformance.ObservedRequest;
import io.github.mongoapitoolkit.conformance.ObservedResponse;
import io.github.mongoapitoolkit.conformance.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Holds every interaction of a pact file against the spec of its provider, offline: the request
 * (path, method, parameters, headers, body) and the response, through {@link ConformanceCheck}.
 *
 * <p>Atlassian's own {@code swagger-request-validator-pact} module is not used: 2.44.1 throws
 * {@code NoSuchMethodError} on {@code ConsumerInfo.getPactFileAuthentication} with Pact 4.7. The
 * pact is read with Pact's own reader and fed to the core validator instead.
 */
public final class PactSpecCheck {

    /** Where the consumer tests write their pacts; failsafe passes it as a system property. */

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

    /** The pact files the consumer tests wrote, in name order. */
    /** Every pact provider verification reads from folders: target/pacts and -Dpacts.folders. */
    public static List<Path> pactFiles() {
        List<Path> pacts = new ArrayList<>();
        for (java.io.File folder : PactsForVerification.folders()) {
            try (Stream<Path> files = Files.list(folder.toPath())) {
                files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(pacts::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the pacts in " + folder, e);
            }
        }
        return pacts;
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
        IResponse response = http.getResponse();
        ObservedRequest request = request(http.getRequest());
        ConformanceCheck conformance = ConformanceCheck.of(spec.api());
        List<Violation> problems = new ArrayList<>(conformance.check(request,
                ObservedResponse.of(response.getStatus(), response.getHeaders(), body(response))));
        if (!refusesTheRequest(response, problems)) {
            problems.addAll(conformance.checkRequest(request));
        }
        return problems.stream().map(p -> new Finding(file, name, p.rule(), p.message())).toList();
    }

    /**
     * An interaction may send a request the spec does not allow (a malformed id, a page size over
     * the maximum) only to pin how it is refused: with a declared 4xx response.
     */
    private static boolean refusesTheRequest(IResponse response, List<Violation> responseProblems) {
        return response.getStatus() >= 400 && response.getStatus() < 500 && responseProblems.isEmpty();
    }

    private static String body(IResponse response) {
        return response.getBody().isPresent() ? response.getBody().valueAsString() : null;
    }

    /** The pact's request as it goes on the wire: its query encoded into the target. */
    private static ObservedRequest request(IRequest pactRequest) {
        StringBuilder target = new StringBuilder(pactRequest.getPath());
        char separator = '?';
        for (var parameter : pactRequest.getQuery().entrySet()) {
            for (String value : parameter.getValue()) {
                target.append(separator).append(encode(parameter.getKey())).append('=').append(encode(value));
                separator = '&';
            }
        }
        return ObservedRequest.of(pactRequest.getMethod().toUpperCase(Locale.ROOT), target.toString(), pactRequest.getHeaders(),
                pactRequest.getBody().isPresent() ? pactRequest.getBody().valueAsString() : null);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
