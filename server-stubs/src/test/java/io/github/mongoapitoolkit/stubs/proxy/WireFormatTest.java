package io.github.mongoapitoolkit.stubs.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How the proxy reads HTTP/1.1 on the wire, case by case (proxy-wire/*.yaml): request lines,
 * header names and values, framing, statuses, the Host rewrite and chunked bodies, each at the
 * edges of the rule it follows.
 */
class WireFormatTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Stream<Arguments> cases(String file) throws IOException {
        try (InputStream in = WireFormatTest.class.getResourceAsStream("/proxy-wire/" + file)) {
            List<Arguments> cases = new ArrayList<>();
            YAML.readTree(in).forEach(c -> cases.add(Arguments.of(c.path("name").asText(), c)));
            return cases.stream();
        }
    }

    static Stream<Arguments> heads() throws IOException {
        return cases("heads.yaml");
    }

    static Stream<Arguments> hostRewrites() throws IOException {
        return cases("host-rewrites.yaml");
    }

    static Stream<Arguments> chunkedBodies() throws IOException {
        return cases("chunked-bodies.yaml");
    }

    private static byte[] bytes(JsonNode node) {
        return node.asText().getBytes(StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("heads")
    void aHeadIsReadAsItsCaseSays(String name, JsonNode c) {
        if (c.path("error").asBoolean()) {
            assertThatThrownBy(() -> MessageHead.parse(bytes(c.get("head")))).isInstanceOf(MalformedMessageException.class);
            return;
        }
        MessageHead head = MessageHead.parse(bytes(c.get("head")));
        if (c.has("request")) {
            if (c.get("request").isTextual()) {
                assertThatThrownBy(head::requestLine).isInstanceOf(MalformedMessageException.class);
            } else {
                List<String> parts = new ArrayList<>();
                c.get("request").forEach(p -> parts.add(p.asText()));
                assertThat(head.requestLine()).containsExactlyElementsOf(parts);
            }
        }
        c.path("header").fields().forEachRemaining(h -> assertThat(head.values(h.getKey())).containsExactly(h.getValue().asText()));
        if (c.has("framing")) {
            if (c.get("framing").asText().equals("error")) {
                assertThatThrownBy(head::requestFraming).isInstanceOf(MalformedMessageException.class);
            } else {
                assertThat(head.requestFraming().name()).isEqualTo(c.get("framing").asText());
            }
        }
        if (c.has("length")) {
            assertThat(head.contentLength()).isEqualTo(c.get("length").asLong());
        }
        if (c.has("status")) {
            if (c.get("status").isTextual()) {
                assertThatThrownBy(head::status).isInstanceOf(MalformedMessageException.class);
            } else {
                assertThat(head.status()).isEqualTo(c.get("status").asInt());
            }
        }
        if (c.has("responseFraming")) {
            assertThat(head.responseFraming(c.path("method").asText("GET"), head.status()).name())
                    .isEqualTo(c.get("responseFraming").asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostRewrites")
    void onlyTheHostHeaderIsRewritten(String name, JsonNode c) {
        MessageHead rewritten = MessageHead.parse(bytes(c.get("head"))).withHeader("Host", "upstream:8080");

        assertThat(new String(rewritten.raw(), StandardCharsets.ISO_8859_1)).isEqualTo(c.get("rewritten").asText());
        assertThat(rewritten.headersWithout("Host")).doesNotContain("upstream:8080");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chunkedBodies")
    void aChunkedBodyEndsWhereItsCaseSays(String name, JsonNode c) {
        byte[] wire = bytes(c.get("wire"));
        if (c.path("error").asBoolean()) {
            assertThatThrownBy(() -> BodyFraming.of(MessageHead.Framing.CHUNKED, 0).consume(wire, 0, wire.length, new BodyCopy()))
                    .isInstanceOf(MalformedMessageException.class);
            return;
        }
        BodyFraming whole = BodyFraming.of(MessageHead.Framing.CHUNKED, 0);
        BodyCopy wholeCopy = new BodyCopy();
        int consumed = whole.consume(wire, 0, wire.length, wholeCopy);

        BodyFraming byByte = BodyFraming.of(MessageHead.Framing.CHUNKED, 0);
        BodyCopy byteCopy = new BodyCopy();
        int fed = 0;
        while (!byByte.done() && fed < wire.length) {
            fed += byByte.consume(wire, fed, 1, byteCopy);
        }

        assertThat(whole.done()).isTrue();
        assertThat(byByte.done()).isTrue();
        assertThat(consumed).isEqualTo(fed).isEqualTo(c.path("consumed").asInt(wire.length));
        assertThat(new String(wholeCopy.bytes(), StandardCharsets.ISO_8859_1)).isEqualTo(c.get("data").asText());
        assertThat(new String(byteCopy.bytes(), StandardCharsets.ISO_8859_1)).isEqualTo(c.get("data").asText());
    }
}
