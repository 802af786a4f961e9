package io.github.mongoapitoolkit.stubs.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mongoapitoolkit.stubs.control.StubControl;
import io.github.mongoapitoolkit.stubs.control.StubStates;
import io.github.mongoapitoolkit.stubs.control.UnknownStubStateException;
import io.github.mongoapitoolkit.stubs.faults.Fault;
import io.github.mongoapitoolkit.stubs.faults.FaultPlan;
import io.github.mongoapitoolkit.stubs.journal.JournalEntry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What each admin operation does, by its operationId in {@code specs/stub-admin/openapi.yaml}.
 * Bodies arrive already checked against the spec, so a field is here when the spec requires it.
 */
final class AdminCommands {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StubControl control;

    AdminCommands(StubControl control) {
        this.control = control;
    }

    /** The answer of an operation: its JSON body (every one answers 200). */
    JsonNode run(String operationId, JsonNode body, Optional<String> operationFilter) {
        switch (operationId) {
            case "listStates" -> {
                ObjectNode states = JSON.createObjectNode();
                ArrayNode names = states.putArray("states");
                StubStates.names().forEach(names::add);
                return states;
            }
            case "updateState" -> setState(body.get("name").asText());
            case "updateClock" -> control.advance(Duration.ofSeconds(body.get("seconds").asLong()));
            case "createFault" -> injectFault(body);
            case "deleteFaults" -> control.faults().clear();
            case "startMongosyncOutage" -> {
                Duration length = Duration.ofSeconds(body.get("seconds").asLong());
                if (body.get("kind").asText().equals("RESTART")) {
                    control.faults().restartMongosync(length);
                } else {
                    control.faults().unresponsiveAfterResume(length);
                }
            }
            case "listJournal" -> {
                return journal(operationFilter);
            }
            case "deleteJournal" -> control.journal().clear();
            case "startOver" -> control.reset();
            default -> throw new IllegalStateException("No command for " + operationId);
        }
        return JSON.createObjectNode().put("done", true);
    }

    private void setState(String name) {
        try {
            control.given(name);
        } catch (UnknownStubStateException e) {
            throw new AdminException(404, "UNKNOWN_STATE", "No stub state named \"" + name + "\"; GET /admin/states lists them.");
        } catch (IllegalStateException e) {
            throw new AdminException(400, "STATE_NOT_HELD", e.getMessage());
        }
    }

    private void injectFault(JsonNode body) {
        String operationId = body.get("operationId").asText();
        int times = body.has("times") ? body.get("times").asInt() : FaultPlan.ALWAYS;
        Fault fault = switch (body.get("kind").asText()) {
            case "STATUS" -> Fault.status(required(body, "status", "STATUS").asInt());
            case "RATE_LIMITED" -> Fault.rateLimited(Duration.ofSeconds(required(body, "retryAfterSeconds", "RATE_LIMITED").asLong()));
            case "DROP_CONNECTION" -> Fault.dropConnection();
            default -> delay(body);
        };
        try {
            control.faults().inject(operationId, fault, times);
        } catch (IllegalArgumentException e) {
            boolean unknown = e.getMessage().startsWith("No operation");
            throw new AdminException(unknown ? 404 : 400, unknown ? "UNKNOWN_OPERATION" : "FAULT_NOT_DECLARED", e.getMessage());
        }
    }

    private static Fault delay(JsonNode body) {
        Duration min = Duration.ofMillis(required(body, "delayMillis", "DELAY").asLong());
        Duration max = body.has("maxDelayMillis") ? Duration.ofMillis(body.get("maxDelayMillis").asLong()) : min;
        if (max.compareTo(min) < 0) {
            throw new AdminException(400, "INVALID_REQUEST", "maxDelayMillis must not be below delayMillis.");
        }
        return Fault.delay(min, max);
    }

    private static JsonNode required(JsonNode body, String field, String kind) {
        if (!body.has(field)) {
            throw new AdminException(400, "INVALID_REQUEST", "A " + kind + " fault needs " + field + ".");
        }
        return body.get(field);
    }

    private JsonNode journal(Optional<String> operationId) {
        List<JournalEntry> entries = operationId.map(id -> control.journal().calls(id)).orElseGet(() -> control.journal().entries());
        ObjectNode journal = JSON.createObjectNode();
        ArrayNode list = journal.putArray("entries");
        for (JournalEntry entry : entries) {
            ObjectNode node = list.addObject();
            node.put("api", entry.api());
            node.put("operationId", entry.operationId().orElse(null));
            node.put("method", entry.method());
            node.put("path", entry.path());
            node.put("query", entry.query().orElse(null));
            node.put("status", entry.status());
            node.put("body", entry.body());
            node.put("fault", entry.fault().orElse(null));
        }
        return journal;
    }
}
