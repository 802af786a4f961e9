package io.github.mongoapitoolkit.specs.compat;

/**
 * What changed between a baseline spec and the working spec. The id is what an exemption names
 * in {@code released/exemptions.yaml}; whether a change breaks consumers is decided per change
 * (see {@link ChangeCollector}), not per kind, because openapi-diff judges most of them by
 * context (a narrower enum breaks a request, a wider one breaks a response).
 */
public enum ChangeKind {
    OPERATION_REMOVED("operation-removed", "operation removed"),
    OPERATION_ADDED("operation-added", "operation added"),
    OPERATION_ID_CHANGED("operation-id-changed", "operationId changed"),
    RESPONSE_STATUS_REMOVED("response-status-removed", "response status removed"),
    RESPONSE_STATUS_ADDED("response-status-added", "response status added"),
    MEDIA_TYPE_REMOVED("media-type-removed", "media type removed"),
    MEDIA_TYPE_ADDED("media-type-added", "media type added"),
    RESPONSE_FIELD_REMOVED("response-field-removed", "response field removed"),
    RESPONSE_FIELD_ADDED("response-field-added", "response field added"),
    RESPONSE_FIELD_BECAME_NULLABLE("response-field-became-nullable", "response field became nullable"),
    REQUEST_FIELD_REMOVED("request-field-removed", "request field removed"),
    REQUEST_FIELD_ADDED("request-field-added", "request field added"),
    PARAMETER_REMOVED("parameter-removed", "parameter removed"),
    PARAMETER_ADDED("parameter-added", "parameter added"),
    PARAMETER_BECAME_REQUIRED("parameter-became-required", "parameter became required"),
    TYPE_CHANGED("type-changed", "type changed"),
    ENUM_CHANGED("enum-changed", "enum changed"),
    PATTERN_CHANGED("pattern-changed", "pattern changed"),
    REQUIRED_CHANGED("required-changed", "required fields changed"),
    NULLABLE_CHANGED("nullable-changed", "nullable changed"),
    CONSTRAINT_CHANGED("constraint-changed", "constraint changed"),
    DESCRIPTION_CHANGED("description-changed", "description changed"),
    OTHER_INCOMPATIBLE("other-incompatible", "incompatible change");

    private final String id;
    private final String label;

    ChangeKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
