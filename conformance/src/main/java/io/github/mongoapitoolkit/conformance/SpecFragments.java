package io.github.mongoapitoolkit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * The YAML a drift finding suggests adding to a spec: written in the specs' own style (a type, a
 * description, an example; {@code nullable} only when null was seen), for a person to review and
 * paste, then run the "Changing a spec" steps of the README.
 */
final class SpecFragments {

    private static final Pattern OBJECT_ID = Pattern.compile("^[0-9a-f]{24}$");
    private static final Pattern DATE_TIME = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$");
    private static final int MAX_DEPTH = 4;

    private SpecFragments() {
    }

    static String property(String name, JsonNode value, String operationId) {
        StringBuilder yaml = new StringBuilder(quoteKey(name)).append(":\n");
        yaml.append("  description: Seen in ").append(operationId).append(" responses; not yet in the spec.\n");
        schema(yaml, Redaction.isSecretName(name) ? Redaction.REDACTED : value, "  ", 0);
        return yaml.toString();
    }

    static String status(int status, String errorSchema, boolean errorShaped) {
        StringBuilder yaml = new StringBuilder("'").append(status).append("':\n");
        yaml.append("  description: Answered by the server; not yet in the spec.\n");
        if (errorShaped) {
            yaml.append("  content:\n    application/json:\n      schema:\n        $ref: '#/components/schemas/")
                    .append(errorSchema).append("'\n");
        }
        return yaml.toString();
    }

    static String header(String name) {
        return quoteKey(name) + ":\n  description: Sent by the server; not yet in the spec.\n  schema:\n    type: string\n";
    }

    static String mediaType(String mediaType, JsonNode schemaOfDeclared) {
        String schema = schemaOfDeclared.has("$ref") ? "$ref: '" + schemaOfDeclared.get("$ref").asText() + "'" : "{}";
        return quoteKey(mediaType) + ":\n  schema:\n    " + schema + "\n";
    }

    static String operation(String method, String path, int status) {
        return quoteKey(path) + ":\n  " + method.toLowerCase(java.util.Locale.ROOT) + ":\n"
                + "    operationId: # name it as MongoDB's documentation does\n"
                + "    responses:\n      '" + status + "':\n        description: Answered by the server; not yet in the spec.\n";
    }

    private static void schema(StringBuilder yaml, JsonNode value, String indent, int depth) {
        if (value.isNull()) {
            yaml.append(indent).append("nullable: true  # only null was seen: take the type from MongoDB's documentation\n");
        } else if (value.isBoolean()) {
            yaml.append(indent).append("type: boolean\n");
        } else if (value.isIntegralNumber()) {
            yaml.append(indent).append("type: integer\n");
            if (!value.canConvertToInt()) {
                yaml.append(indent).append("format: int64\n");
            }
        } else if (value.isNumber()) {
            yaml.append(indent).append("type: number\n");
        } else if (value.isTextual()) {
            yaml.append(indent).append("type: string\n");
            if (DATE_TIME.matcher(value.asText()).matches()) {
                yaml.append(indent).append("format: date-time\n");
            } else if (OBJECT_ID.matcher(value.asText()).matches()) {
                yaml.append(indent).append("pattern: '^[0-9a-f]{24}$'\n");
            }
        } else if (value.isArray()) {
            yaml.append(indent).append("type: array\n").append(indent).append("items:\n");
            if (value.isEmpty() || depth >= MAX_DEPTH) {
                yaml.append(indent).append("  {}  # no element was seen\n");
            } else {
                schema(yaml, value.get(0), indent + "  ", depth + 1);
            }
            return;
        } else if (value.isObject()) {
            yaml.append(indent).append("type: object\n");
            if (depth < MAX_DEPTH && !value.isEmpty()) {
                yaml.append(indent).append("properties:\n");
                value.fields().forEachRemaining(field -> {
                    yaml.append(indent).append("  ").append(quoteKey(field.getKey())).append(":\n");
                    schema(yaml, Redaction.isSecretName(field.getKey()) ? Redaction.REDACTED : field.getValue(), indent + "    ",
                            depth + 1);
                });
            }
            return;
        }
        if (depth == 0 && !value.isNull()) {
            yaml.append(indent).append("example: ").append(value).append('\n');
        }
    }

    private static String quoteKey(String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_.-]*") ? key : "'" + key.replace("'", "''") + "'";
    }
}
