package io.github.mongoapitoolkit.stubs.cloud;

import io.github.mongoapitoolkit.atlas.server.model.BadRequestDetail;
import io.github.mongoapitoolkit.atlas.server.model.FieldViolation;
import io.github.mongoapitoolkit.conformance.ConformanceCheck;
import io.github.mongoapitoolkit.conformance.MongoApi;
import io.github.mongoapitoolkit.conformance.ObservedRequest;
import io.github.mongoapitoolkit.conformance.Violation;
import io.github.mongoapitoolkit.stubs.pipeline.Api;
import io.github.mongoapitoolkit.stubs.pipeline.Exchange;
import io.github.mongoapitoolkit.stubs.pipeline.Operation;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds every Atlas request body to its operation's schema in the spec, with the published
 * conformance check, before a resource sees it: a body that breaks it (a missing required field,
 * two migration hosts, a value outside an enum, JSON that does not parse) is 400
 * {@code VALIDATION_ERROR} with one {@code badRequestDetail} field per problem, named by its
 * path in the body. The rules are the spec's, so the stub refuses exactly what the spec forbids.
 */
@Priority(Priorities.ENTITY_CODER)
public final class SpecConformingBodies implements ContainerRequestFilter {

    private static final Pattern MISSING = Pattern.compile("\\(\\[(.*)]\\)");

    private final ConformanceCheck check = ConformanceCheck.of(MongoApi.ATLAS_LIVE_MIGRATIONS);

    @Override
    public void filter(ContainerRequestContext request) {
        Exchange exchange = Exchange.of(request);
        if (exchange == null || exchange.api() != Api.ATLAS) {
            return;
        }
        Operation operation = exchange.route().operation().orElse(null);
        if (operation == null || operation.requestTypes().isEmpty()) {
            return;
        }
        String contentType = exchange.header("Content-Type");
        ObservedRequest observed = ObservedRequest.of(exchange.method(), exchange.target().path(),
                Map.of("Content-Type", List.of(contentType == null ? "" : contentType)), exchange.body());
        List<FieldViolation> fields = new ArrayList<>();
        for (Violation violation : check.checkRequest(observed)) {
            if (violation.rule().startsWith("validation.request.body")) {
                fields.addAll(fieldsOf(violation));
            }
        }
        if (!fields.isEmpty()) {
            FieldViolation first = fields.get(0);
            throw new AtlasApiException(400, "VALIDATION_ERROR",
                    "Request was invalid: " + first.getField() + " " + first.getDescription(),
                    fields.stream().map(FieldViolation::getField).distinct().toList(), Map.of(),
                    new BadRequestDetail().fields(fields));
        }
    }

    /** A violation as the fields it names: each missing required property, or the value at its pointer. */
    private static List<FieldViolation> fieldsOf(Violation violation) {
        String parent = violation.pointer().map(p -> p.substring(1).replace('/', '.')).orElse("");
        Matcher missing = MISSING.matcher(violation.message());
        if (violation.rule().endsWith(".required") && missing.find()) {
            Set<String> names = new LinkedHashSet<>();
            for (String quoted : missing.group(1).split(",")) {
                names.add(quoted.replace("\"", "").strip());
            }
            return names.stream().map(name -> new FieldViolation()
                    .field(parent.isEmpty() ? name : parent + "." + name).description("is required.")).toList();
        }
        return List.of(new FieldViolation().field(parent.isEmpty() ? "body" : parent).description(violation.message()));
    }
}
