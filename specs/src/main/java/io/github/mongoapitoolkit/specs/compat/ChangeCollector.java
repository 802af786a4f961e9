package io.github.mongoapitoolkit.specs.compat;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * Turns openapi-diff's change tree into a flat list of {@link SpecChange}s that name the
 * operation and the field. openapi-diff decides most verdicts; this project's policy is stricter
 * in two places openapi-diff calls compatible:
 * <ul>
 *   <li>a response field that disappears, required or not, breaks consumers that read it
 *       (openapi-diff only objects when the field was required);</li>
 *   <li>a response field that becomes nullable breaks consumers that dereference it
 *       (openapi-diff does not judge {@code nullable}).</li>
 * </ul>
 */
final class ChangeCollector {

    private final List<SpecChange> changes = new ArrayList<>();
    /** Incompatibilities openapi-diff reported that this walk judged compatible. */
    private int overruled;

    static List<SpecChange> collect(ChangedOpenApi diff) {
        ChangeCollector collector = new ChangeCollector();
        collector.walk(diff);
        return List.copyOf(collector.changes);
    }

    private void walk(ChangedOpenApi diff) {
        for (Endpoint endpoint : diff.getMissingEndpoints()) {
            add(new Where(operationId(endpoint.getOperation()), endpoint(endpoint.getMethod().name(), endpoint.getPathUrl()), ""),
                    "", ChangeKind.OPERATION_REMOVED, true, "");
        }
        for (Endpoint endpoint : diff.getNewEndpoints()) {
            add(new Where(operationId(endpoint.getOperation()), endpoint(endpoint.getMethod().name(), endpoint.getPathUrl()), ""),
                    "", ChangeKind.OPERATION_ADDED, false, "");
        }
        for (ChangedOperation operation : diff.getChangedOperations()) {
            operation(operation);
        }
        if (diff.isIncompatible() && changes.stream().noneMatch(SpecChange::breaking) && overruled == 0) {
            // A verdict openapi-diff reached somewhere this walk does not look (security, headers):
            // never let it through unnamed. Where this walk overruled openapi-diff (null listed in a
            // nullable enum), that overruling is the verdict's cause.
            add(new Where("", "spec", ""), "", ChangeKind.OTHER_INCOMPATIBLE, true,
                    "openapi-diff reports an incompatible change; its details are in the changelog");
        }
    }

    private void operation(ChangedOperation changed) {
        Operation old = changed.getOldOperation();
        Where where = new Where(operationId(old), endpoint(changed.getHttpMethod().name(), changed.getPathUrl()), "");
        if (isDifferent(changed.getOperationId())) {
            add(where, "", ChangeKind.OPERATION_ID_CHANGED, changed.getOperationId().isIncompatible(),
                    changed.getOperationId().getLeft() + " -> " + changed.getOperationId().getRight());
        }
        parameters(where, changed.getParameters());
        if (changed.getRequestBody() != null) {
            content(where.at("request body"), changed.getRequestBody().getContent(), false);
        }
        responses(where, changed.getApiResponses());
    }

    private void parameters(Where where, ChangedParameters parameters) {
        if (parameters == null) {
            return;
        }
        for (Parameter missing : parameters.getMissing()) {
            add(where.at("parameter " + missing.getName()), "", ChangeKind.PARAMETER_REMOVED, parameters.isIncompatible(),
                    missing.getIn() + " parameter");
        }
        for (Parameter added : parameters.getIncreased()) {
            boolean required = Boolean.TRUE.equals(added.getRequired());
            add(where.at("parameter " + added.getName()), "", ChangeKind.PARAMETER_ADDED, required,
                    (required ? "required " : "optional ") + added.getIn() + " parameter");
        }
        for (ChangedParameter parameter : parameters.getChanged()) {
            Where at = where.at("parameter " + parameter.getName());
            if (parameter.isChangeRequired() && Boolean.TRUE.equals(parameter.getNewParameter().getRequired())) {
                add(at, "", ChangeKind.PARAMETER_BECAME_REQUIRED, true, "");
            }
            schema(at, "", parameter.getSchema(), false);
        }
    }

    private void responses(Where where, ChangedApiResponse responses) {
        if (responses == null) {
            return;
        }
        responses.getMissing().keySet().forEach(status ->
                add(where.at("response " + status), "", ChangeKind.RESPONSE_STATUS_REMOVED, true, ""));
        responses.getIncreased().keySet().forEach(status ->
                add(where.at("response " + status), "", ChangeKind.RESPONSE_STATUS_ADDED, false, ""));
        for (Map.Entry<String, ChangedResponse> response : responses.getChanged().entrySet()) {
            content(where.at("response " + response.getKey()), response.getValue().getContent(), true);
        }
    }

    private void content(Where where, ChangedContent content, boolean response) {
        if (content == null) {
            return;
        }
        content.getMissing().keySet().forEach(type ->
                add(where, "", ChangeKind.MEDIA_TYPE_REMOVED, content.isIncompatible(), type));
        content.getIncreased().keySet().forEach(type ->
                add(where, "", ChangeKind.MEDIA_TYPE_ADDED, false, type));
        for (ChangedMediaType mediaType : content.getChanged().values()) {
            schema(where, "", mediaType.getSchema(), response);
        }
    }

    private void schema(Where where, String field, ChangedSchema schema, boolean response) {
        if (schema == null) {
            return;
        }
        Schema<?> old = schema.getOldSchema();
        Schema<?> current = schema.getNewSchema();
        if (schema.isChangedType()) {
            add(where, field, ChangeKind.TYPE_CHANGED, true, type(old) + " -> " + type(current));
        }
        if (isDifferent(schema.getEnumeration())) {
            boolean overrule = schema.getEnumeration().isIncompatible() && listsNullItAllowed(old, schema);
            overruled += overrule ? 1 : 0;
            add(where, field, ChangeKind.ENUM_CHANGED, schema.getEnumeration().isIncompatible() && !overrule,
                    "added " + schema.getEnumeration().getIncreased() + ", removed " + schema.getEnumeration().getMissing());
        }
        if (isDifferent(schema.getPattern())) {
            add(where, field, ChangeKind.PATTERN_CHANGED, schema.getPattern().isIncompatible(),
                    schema.getPattern().getOldPattern() + " -> " + schema.getPattern().getNewPattern());
        }
        if (isDifferent(schema.getRequired())) {
            schema.getRequired().getMissing().forEach(name ->
                    add(where, join(field, name), ChangeKind.REQUIRED_CHANGED, response, "no longer required"));
            schema.getRequired().getIncreased().forEach(name ->
                    add(where, join(field, name), ChangeKind.REQUIRED_CHANGED, !response, "now required"));
        }
        if (isDifferent(schema.getNullable())) {
            boolean becameNullable = Boolean.TRUE.equals(schema.getNullable().getRight())
                    && !Boolean.TRUE.equals(schema.getNullable().getLeft());
            if (response && becameNullable) {
                add(where, field, ChangeKind.RESPONSE_FIELD_BECAME_NULLABLE, true, "nullable: false -> true");
            } else {
                add(where, field, ChangeKind.NULLABLE_CHANGED, schema.getNullable().isIncompatible(),
                        "nullable: " + schema.getNullable().getLeft() + " -> " + schema.getNullable().getRight());
            }
        }
        constraint(where, field, "maxLength", schema.getMaxLength());
        constraint(where, field, "minLength", schema.getMinLength());
        constraint(where, field, "minimum/maximum", schema.getNumericRange());
        constraint(where, field, "multipleOf", schema.getMultipleOf());
        constraint(where, field, "maxItems", schema.getMaxItems());
        constraint(where, field, "minItems", schema.getMinItems());
        constraint(where, field, "maxProperties", schema.getMaxProperties());
        constraint(where, field, "minProperties", schema.getMinProperties());
        constraint(where, field, "uniqueItems", schema.getUniqueItems());
        constraint(where, field, "readOnly", schema.getReadOnly());
        constraint(where, field, "writeOnly", schema.getWriteOnly());
        constraint(where, field, "oneOf", schema.getOneOfSchema());
        if (schema.isDiscriminatorPropertyChanged()) {
            add(where, field, ChangeKind.CONSTRAINT_CHANGED, true, "discriminator property");
        }
        if (isDifferent(schema.getDescription())) {
            add(where, field, ChangeKind.DESCRIPTION_CHANGED, false, "");
        }
        schema.getMissingProperties().keySet().forEach(name -> add(where, join(field, name),
                response ? ChangeKind.RESPONSE_FIELD_REMOVED : ChangeKind.REQUEST_FIELD_REMOVED, response, ""));
        schema.getIncreasedProperties().keySet().forEach(name -> add(where, join(field, name),
                response ? ChangeKind.RESPONSE_FIELD_ADDED : ChangeKind.REQUEST_FIELD_ADDED, !response && isRequired(current, name),
                isRequired(current, name) ? "required" : "optional"));
        schema.getChangedProperties().forEach((name, property) -> schema(where, join(field, name), property, response));
        schema(where, field + "[]", schema.getItems(), response);
        schema(where, join(field, "*"), schema.getAddProp(), response);
    }

    private void constraint(Where where, String field, String name, Changed changed) {
        if (isDifferent(changed)) {
            add(where, field, ChangeKind.CONSTRAINT_CHANGED, changed.isIncompatible(), name);
        }
    }

    private void add(Where where, String field, ChangeKind kind, boolean breaking, String detail) {
        changes.add(new SpecChange(where.operation(), where.endpoint(), where.location(), field, kind, breaking, detail));
    }

    private static boolean isDifferent(Changed changed) {
        return changed != null && changed.isDifferent();
    }

    private static boolean isRequired(Schema<?> schema, String property) {
        return schema != null && schema.getRequired() != null && schema.getRequired().contains(property);
    }

    private static String type(Schema<?> schema) {
        return schema == null ? "none" : Objects.toString(schema.getType(), "untyped");
    }

    private static String join(String field, String name) {
        return field.isEmpty() ? name : field + "." + name;
    }

    private static String operationId(Operation operation) {
        return operation == null || operation.getOperationId() == null ? "" : operation.getOperationId();
    }

    private static String endpoint(String method, String path) {
        return method + " " + path;
    }

    private record Where(String operation, String endpoint, String location) {
        Where at(String newLocation) {
            return new Where(operation, endpoint, newLocation);
        }
    }

    /**
     * Listing {@code null} in the enum of a schema that was already nullable changes no value a
     * client can receive or send: it only spells out what {@code nullable} allowed.
     */
    private static boolean listsNullItAllowed(Schema<?> old, ChangedSchema schema) {
        var enumeration = schema.getEnumeration();
        return Boolean.TRUE.equals(old.getNullable()) && enumeration.getMissing().isEmpty()
                && !enumeration.getIncreased().isEmpty() && enumeration.getIncreased().stream().allMatch(Objects::isNull);
    }
}
