package io.github.mongoapitoolkit.contracts.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.core.model.Pact;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.github.mongoapitoolkit.contracts.ApiContract;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Provider verification reads every pact of a provider from every source: this module's
 * target/pacts, other teams' folders, a Pact Broker. Runs after the consumer tests wrote theirs.
 */
class PactsForVerificationIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path otherTeam;

    // The run's own -Dpacts.folders and -Dpactbroker.url, put back for the provider verification that follows.
    private final String folders = System.getProperty(PactsForVerification.FOLDERS);
    private final String broker = System.getProperty(PactsForVerification.BROKER);

    @BeforeEach
    void onlyWhatEachTestSets() {
        System.clearProperty(PactsForVerification.FOLDERS);
        System.clearProperty(PactsForVerification.BROKER);
    }

    @AfterEach
    void restoreProperties() {
        restore(PactsForVerification.FOLDERS, folders);
        restore(PactsForVerification.BROKER, broker);
    }

    private static void restore(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }

    /** This module's mongosync pact, as another consumer would have written it. */
    private String otherTeamsPact(String consumer) throws IOException {
        Path own = Files.list(PactsForVerification.OWN.toPath())
                .filter(f -> f.getFileName().toString().endsWith("-" + ApiContract.MONGOSYNC_PROVIDER + ".json")).findFirst().orElseThrow();
        ObjectNode pact = (ObjectNode) JSON.readTree(own.toFile());
        ((ObjectNode) pact.get("consumer")).put("name", consumer);
        return JSON.writeValueAsString(pact);
    }

    private static List<String> consumers(List<Pact> pacts) {
        return pacts.stream().map(p -> p.getConsumer().getName()).toList();
    }

    @Test
    void aFolderOfOtherTeamsPactsIsReadBesideThisModulesOwn() throws Exception {
        Files.writeString(otherTeam.resolve("sync-dashboard-mongosync.json"), otherTeamsPact("sync-dashboard"));
        Files.writeString(otherTeam.resolve("nightly-job-mongosync.json"), otherTeamsPact("nightly-job"));
        System.setProperty(PactsForVerification.FOLDERS, otherTeam.toString());

        List<Pact> pacts = new PactsForVerification(getClass()).load(ApiContract.MONGOSYNC_PROVIDER);

        assertThat(consumers(pacts)).containsExactlyInAnyOrder(ApiContract.MONGOSYNC_CONSUMER, "sync-dashboard", "nightly-job");
    }

    @Test
    void aFolderThatDoesNotExistIsAnErrorNotNoPacts() {
        System.setProperty(PactsForVerification.FOLDERS, otherTeam.resolve("typo").toString());

        assertThatThrownBy(() -> new PactsForVerification(getClass()).load(ApiContract.MONGOSYNC_PROVIDER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("typo");
    }

    @Test
    void aPactBrokersPactsAreReadWhenItsUrlIsSet() throws Exception {
        String pact = otherTeamsPact("broker-consumer");
        AtomicInteger pactFetches = new AtomicInteger();
        HttpServer broker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + broker.getAddress().getPort();
        broker.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body;
            if (path.equals("/")) {
                body = "{\"_links\":{\"pb:latest-provider-pacts\":{\"href\":\"" + base + "/pacts/provider/{provider}/latest\",\"templated\":true}}}";
            } else if (path.equals("/pacts/provider/" + ApiContract.MONGOSYNC_PROVIDER + "/latest")) {
                body = "{\"_links\":{\"pb:pacts\":[{\"href\":\"" + base + "/pacts/provider/mongosync/consumer/broker-consumer/latest\","
                        + "\"name\":\"broker-consumer\"}]}}";
            } else if (path.equals("/pacts/provider/mongosync/consumer/broker-consumer/latest")) {
                pactFetches.incrementAndGet();
                body = pact;
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/hal+json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        broker.start();
        try {
            System.setProperty(PactsForVerification.BROKER, base);

            List<Pact> pacts = new PactsForVerification(getClass()).load(ApiContract.MONGOSYNC_PROVIDER);

            assertThat(consumers(pacts)).containsExactlyInAnyOrder(ApiContract.MONGOSYNC_CONSUMER, "broker-consumer");
            assertThat(pactFetches).hasValue(1);
        } finally {
            broker.stop(0);
        }
    }

    @Test
    void withNeitherOnlyThisModulesPactsAreRead() throws Exception {
        assertThat(consumers(new PactsForVerification(getClass()).load(ApiContract.ATLAS_PROVIDER)))
                .containsExactlyInAnyOrder(ApiContract.ATLAS_CONSUMER, "migration-orchestrator");
        assertThat(PactsForVerification.folders()).containsExactly(new File("target/pacts"));
    }
}
