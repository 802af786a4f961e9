package io.github.mongoapitoolkit.stubs.journal;

import java.util.Optional;

/**
 * One request a stub answered, as its pipeline routed it.
 *
 * @param api         the API that answered: {@code mongosync}, {@code atlas}, {@code ops-manager}, {@code oauth}
 * @param operationId the spec's operationId, empty when the request matched no operation
 * @param method      the method as sent
 * @param path        the normalised path (RFC 3986), the one routing used
 * @param query       the normalised query without {@code ?}, empty when there was none
 * @param status      the status the stub answered
 * @param body        the request body as text, empty when there was none or it was refused unread
 * @param fault       the injected fault that answered, such as {@code status 503} or {@code dropped connection}
 *                    (then status is 0: nothing was answered)
 */
public record JournalEntry(String api, Optional<String> operationId, String method, String path, Optional<String> query,
        int status, String body, Optional<String> fault) {
}
