package io.github.mongoapitoolkit.client.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Configuration;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.client.HttpUrlConnectorProvider;
import org.glassfish.jersey.client.spi.Connector;
import org.glassfish.jersey.client.spi.ConnectorProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link ResilientClients#configure} keeps of the caller's configuration, and what it adds. */
class ResilientClientsTest {

    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;

    @BeforeEach
    void aServerThatAlwaysSaysTooManyRequests() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(429, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theCallersOwnConnectorStaysUnderTheRetries() {
        List<String> connectors = new CopyOnWriteArrayList<>();
        ConnectorProvider own = new ConnectorProvider() {
            @Override
            public Connector getConnector(Client client, Configuration runtimeConfig) {
                connectors.add("own");
                return new HttpUrlConnectorProvider().getConnector(client, runtimeConfig);
            }
        };
        Client client = ClientBuilder.newClient(ResilientClients.configure(new ClientConfig().connectorProvider(own), policy(3), Timeouts.defaults()));

        int status = client.target(base()).request().get().getStatus();

        assertThat(status).isEqualTo(429);
        assertThat(requests.get()).as("every attempt").isEqualTo(3);
        assertThat(connectors).containsExactly("own");
    }

    @Test
    void anAsynchronousCallIsSentOnceAndAnsweredAsTheServerAnswered() throws Exception {
        Client client = ClientBuilder.newClient(ResilientClients.configure(new ClientConfig(), policy(3), Timeouts.defaults()));

        int status = client.target(base()).request().async().get().get(10, TimeUnit.SECONDS).getStatus();

        assertThat(status).isEqualTo(429);
        assertThat(requests.get()).as("retries are for the synchronous calls the generated clients make").isEqualTo(1);
    }

    private static RetryPolicy policy(int attempts) {
        return RetryPolicy.defaults().withMaxAttempts(attempts).withJitter(0).withSleeper(wait -> { });
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/x";
    }
}
