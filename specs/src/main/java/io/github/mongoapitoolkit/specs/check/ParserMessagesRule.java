package io.github.mongoapitoolkit.specs.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The spec parses with no swagger-parser message and declares OpenAPI 3.0.3. A repeated
 * operationId is left to the lint rule {@code toolkit-operation-id-unique}, which names both
 * operations and the line, so that one concern has one rule.
 */
final class ParserMessagesRule implements SpecRule {

    static final String PARSER_MESSAGE = "parser-message";
    static final String OPENAPI_VERSION = "openapi-version";

    @Override
    public List<Finding> check(LoadedSpec spec) {
        List<Finding> findings = new ArrayList<>();
        for (String message : spec.parserMessages()) {
            if (message.endsWith(".operationId is repeated")) {
                continue;
            }
            findings.add(spec.finding(PARSER_MESSAGE, "", "swagger-parser: " + message));
        }
        String version = spec.tree().path("openapi").asText("");
        if (!version.equals("3.0.3")) {
            findings.add(spec.finding(OPENAPI_VERSION, "/openapi",
                    "declares OpenAPI '" + version + "'; the project's specs are OpenAPI 3.0.3"));
        }
        return findings;
    }
}
