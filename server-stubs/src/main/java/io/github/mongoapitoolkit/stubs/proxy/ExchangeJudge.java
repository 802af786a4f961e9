package io.github.mongoapitoolkit.stubs.proxy;

import io.github.mongoapitoolkit.conformance.ApiSpec;
import io.github.mongoapitoolkit.conformance.DriftCheck;
import io.github.mongoapitoolkit.conformance.Finding;
import io.github.mongoapitoolkit.conformance.ObservedRequest;
import io.github.mongoapitoolkit.conformance.ObservedResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Judges exchanges with the published {@link DriftCheck} and records them in the report. A
 * server answers a polled endpoint with the same bytes again and again; an answer judged before
 * (same request target, status, headers but {@code Date}, body) gets the findings it got then,
 * which is what lets the proxy keep up with the server in front of which it stands.
 */
final class ExchangeJudge {

    private static final int MAX_REMEMBERED = 4096;
    private static final int MAX_REMEMBERED_BODY = 64 * 1024;

    /** What decides a verdict: the request's method and target, the response's status, headers but Date, and body. */
    private record Remembered(String method, String target, int status, String headers, BodyKey body) {
    }

    private record Verdict(String operation, List<Finding> findings) {
    }

    private final DriftCheck check;
    private final DriftReport report;
    private final Map<Remembered, Verdict> verdicts = new ConcurrentHashMap<>();

    ExchangeJudge(DriftCheck check, DriftReport report) {
        this.check = check;
        this.report = report;
    }

    DriftReport report() {
        return report;
    }

    /**
     * Records an exchange whose answer was judged before, and says so; false when it needs
     * {@link #judge(String, String, MessageHead, BodyCopy, MessageHead, BodyCopy)}.
     */
    boolean judgeIfRemembered(String method, String target, MessageHead response, BodyCopy responseBody) {
        Remembered key = remembered(method, target, response, responseBody);
        Verdict verdict = key == null ? null : verdicts.get(key);
        if (verdict == null) {
            return false;
        }
        report.record(verdict.operation(), verdict.findings());
        return true;
    }

    /** Judges one exchange as seen on the wire; a body the judge cannot read is counted, not guessed at. */
    void judge(String method, String target, MessageHead request, BodyCopy requestBody, MessageHead response, BodyCopy responseBody) {
        if (requestBody.overflowed() || responseBody.overflowed()) {
            report.notJudged();
            return;
        }
        Remembered key = remembered(method, target, response, responseBody);
        Verdict verdict = key == null ? null : verdicts.get(key);
        if (verdict == null) {
            Map<String, List<String>> headers = response.headerMap();
            Optional<String> body = decoded(headers, responseBody);
            if (body.isEmpty()) {
                report.notJudged();
                return;
            }
            verdict = verdict(ObservedRequest.of(method, target, request.headerMap(), new String(requestBody.bytes(), StandardCharsets.UTF_8)),
                    ObservedResponse.of(response.status(), headers, body.get()), key);
        }
        report.record(verdict.operation(), verdict.findings());
    }

    /** What decides this answer's verdict; null for a body too large (or cut) to remember. */
    private static Remembered remembered(String method, String target, MessageHead response, BodyCopy body) {
        return body.overflowed() || body.size() > MAX_REMEMBERED_BODY ? null
                : new Remembered(method, target, response.status(), response.headersWithout("Date"), body.key());
    }

    /** Judges one exchange already read whole (from a HAR file, say). */
    void judge(ObservedRequest request, ObservedResponse response) {
        byte[] body = response.body().orElse("").getBytes(StandardCharsets.UTF_8);
        StringBuilder headers = new StringBuilder();
        response.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Date")) {
                headers.append(name).append(": ").append(values).append('\n');
            }
        });
        Remembered key = body.length > MAX_REMEMBERED_BODY ? null
                : new Remembered(request.method(), request.target(), response.status(), headers.toString(), new BodyKey(body, body.length));
        Verdict verdict = key == null ? null : verdicts.get(key);
        if (verdict == null) {
            verdict = verdict(request, response, key);
        }
        report.record(verdict.operation(), verdict.findings());
    }

    private Verdict verdict(ObservedRequest request, ObservedResponse response, Remembered key) {
        Verdict verdict = new Verdict(check.operation(request).map(ApiSpec.Operation::id).orElse(null), check.judge(request, response));
        if (key != null) {
            if (verdicts.size() >= MAX_REMEMBERED) {
                verdicts.clear();
            }
            verdicts.put(key, verdict);
        }
        return verdict;
    }

    /** The body as text, gzip and deflate undone (to the copy limit); empty for an encoding it cannot read. */
    private static Optional<String> decoded(Map<String, List<String>> headers, BodyCopy copy) {
        List<String> encodings = headers.getOrDefault("Content-Encoding", List.of());
        byte[] bytes = copy.bytes();
        for (int i = encodings.size() - 1; i >= 0; i--) {
            String[] codings = encodings.get(i).split(",");
            for (int j = codings.length - 1; j >= 0; j--) {
                String coding = codings[j].strip().toLowerCase(Locale.ROOT);
                try {
                    bytes = switch (coding) {
                        case "gzip", "x-gzip" -> inflate(new GZIPInputStream(new ByteArrayInputStream(bytes)));
                        case "deflate" -> inflate(new InflaterInputStream(new ByteArrayInputStream(bytes)));
                        case "identity", "" -> bytes;
                        default -> null;
                    };
                } catch (IOException e) {
                    bytes = null;
                }
                if (bytes == null) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }

    /** At most the copy limit of decoded bytes: a small compressed body must not become a large one. */
    private static byte[] inflate(InputStream in) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(BodyCopy.LIMIT + 1);
            return bytes.length > BodyCopy.LIMIT ? null : bytes;
        }
    }
}
