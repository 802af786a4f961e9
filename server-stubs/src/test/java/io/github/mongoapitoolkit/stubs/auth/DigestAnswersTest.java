package io.github.mongoapitoolkit.stubs.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.mongoapitoolkit.stubs.auth.DigestAuthenticator.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whole Digest answers, one parameter off at a time, against a fresh challenge (digest-answers.yaml). */
class DigestAnswersTest {

    private static final String TARGET = "/x?y=1";
    private static final Set<String> TOKENS = Set.of("qop", "nc", "algorithm");

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = DigestAnswersTest.class.getResourceAsStream("/digest-answers.yaml")) {
            List<Arguments> cases = new ArrayList<>();
            new ObjectMapper(new YAMLFactory()).readTree(in).forEach(c -> cases.add(Arguments.of(c.path("name").asText(), c)));
            return cases.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theAnswerIsJudgedAsTheCaseSays(String name, JsonNode c) {
        AtomicLong now = new AtomicLong(1_764_633_600_000L);
        DigestAuthenticator digest = new DigestAuthenticator("pub", "secret", 300_000, now::get);
        Matcher challenge = Pattern.compile("nonce=\"([^\"]+)\"").matcher(digest.challenge(false));
        assertThat(challenge.find()).isTrue();

        String header = c.has("raw") ? "Digest" + c.get("raw").asText() : answer(challenge.group(1), c);

        assertThat(digest.verify(header, "GET", TARGET)).isEqualTo(Outcome.valueOf(c.path("outcome").asText()));
    }

    private static String answer(String nonce, JsonNode c) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("username", "pub");
        p.put("realm", "MMS Public API");
        p.put("nonce", nonce);
        p.put("uri", TARGET);
        p.put("qop", "auth");
        p.put("nc", "00000001");
        p.put("cnonce", "0a4f113b");
        p.put("algorithm", "MD5");
        c.path("set").fields().forEachRemaining(e -> p.put(e.getKey(), e.getValue().asText()));
        String ha1 = Secrets.md5Hex(p.getOrDefault("username", "") + ":" + p.getOrDefault("realm", "") + ":secret");
        p.put("response", Secrets.md5Hex(ha1 + ":" + p.getOrDefault("nonce", "") + ":" + p.getOrDefault("nc", "") + ":"
                + p.getOrDefault("cnonce", "") + ":" + p.getOrDefault("qop", "") + ":" + Secrets.md5Hex("GET:" + TARGET)));
        c.path("remove").forEach(r -> p.remove(r.asText()));
        StringBuilder header = new StringBuilder("Digest");
        p.forEach((k, v) -> header.append(header.length() > 6 ? ", " : " ").append(k).append('=')
                .append(TOKENS.contains(k) ? v : "\"" + v + "\""));
        return header.toString();
    }
}
