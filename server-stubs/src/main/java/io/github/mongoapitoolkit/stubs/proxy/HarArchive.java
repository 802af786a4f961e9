package io.github.mongoapitoolkit.stubs.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mongoapitoolkit.conformance.ObservedRequest;
import io.github.mongoapitoolkit.conformance.ObservedResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP Archive (HAR 1.2, what browsers' developer tools and most proxies export) read as
 * exchanges. Browsers store bodies decoded (no gzip) and HTTP/2 pseudo-headers such as
 * {@code :authority}; the first are taken as they are, the second left out. An entry without an
 * answer (status 0: blocked, cancelled) or whose body was not saved is skipped, with its reason.
 */
final class HarArchive {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One entry: the exchange, or why it cannot be judged. */
    record Entry(int index, String url, Optional<ObservedRequest> request, Optional<ObservedResponse> response, String skipped) {
    }

    private HarArchive() {
    }

    static List<Entry> read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        JsonNode entries = root.path("log").path("entries");
        if (!entries.isArray()) {
            throw new IOException(file + " is not a HAR file: it has no log.entries");
        }
        List<Entry> read = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            read.add(entry(i, entries.get(i)));
        }
        return read;
    }

    private static Entry entry(int index, JsonNode entry) {
        JsonNode request = entry.path("request");
        JsonNode response = entry.path("response");
        String url = request.path("url").asText("");
        int status = response.path("status").asInt(0);
        if (status == 0) {
            return new Entry(index, url, Optional.empty(), Optional.empty(), "no answer was recorded (status 0)");
        }
        JsonNode content = response.path("content");
        if (!content.has("text") && content.path("size").asLong(0) > 0) {
            return new Entry(index, url, Optional.empty(), Optional.empty(), "the body was not saved in the HAR");
        }
        String body = content.path("text").asText("");
        if (content.path("encoding").asText("").equals("base64")) {
            body = new String(Base64.getMimeDecoder().decode(body), StandardCharsets.UTF_8);
        }
        String requestBody = request.path("postData").path("text").asText("");
        ObservedRequest observed = ObservedRequest.of(request.path("method").asText("GET"), target(url), headers(request), requestBody);
        return new Entry(index, url, Optional.of(observed), Optional.of(ObservedResponse.of(status, headers(response), body)), null);
    }

    /** The path and query of an absolute URL, percent-encoding as recorded. */
    static String target(String url) {
        int scheme = url.indexOf("://");
        int slash = scheme < 0 ? url.indexOf('/') : url.indexOf('/', scheme + 3);
        if (slash < 0) {
            return "/";
        }
        String target = url.substring(slash);
        int fragment = target.indexOf('#');
        return fragment < 0 ? target : target.substring(0, fragment);
    }

    private static Map<String, List<String>> headers(JsonNode message) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (JsonNode header : message.path("headers")) {
            String name = header.path("name").asText("");
            if (!name.isEmpty() && !name.startsWith(":")) {
                headers.computeIfAbsent(name, n -> new ArrayList<>()).add(header.path("value").asText(""));
            }
        }
        return headers;
    }
}
