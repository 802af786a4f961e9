package io.github.mongoapitoolkit.client.resilience;

import jakarta.ws.rs.core.Configuration;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.HttpUrlConnectorProvider;
import org.glassfish.jersey.client.RequestEntityProcessing;
import org.glassfish.jersey.client.spi.Connector;
import org.glassfish.jersey.client.spi.ConnectorProvider;

/**
 * Adds timeouts and retries to any of the generated clients, whose {@code ApiClient} classes
 * differ per API but all take a Jersey {@link ClientConfig}:
 * <pre>
 * var mongosync = new ApiClient().setBasePath("http://localhost:27182");
 * mongosync.setClientConfig(ResilientClients.configure(mongosync.getClientConfig(), RetryPolicy.defaults(), Timeouts.defaults()));
 * </pre>
 */
public final class ResilientClients {

    private ResilientClients() {
    }

    public static ClientConfig configure(ClientConfig config, RetryPolicy policy, Timeouts timeouts) {
        ConnectorProvider inner = config.getConnectorProvider() == null ? new HttpUrlConnectorProvider() : config.getConnectorProvider();
        return config
                // The JDK's HttpURLConnection sends a buffered request once more, POST included, when the
                // connection closes without an answer (sun.net.http.retryPost); a streamed body is never
                // resent, so a POST such as mongosync's /commit is sent as often as the policy says.
                .property(ClientProperties.REQUEST_ENTITY_PROCESSING, RequestEntityProcessing.CHUNKED)
                .property(ClientProperties.CONNECT_TIMEOUT, (int) timeouts.connect().toMillis())
                .property(ClientProperties.READ_TIMEOUT, (int) timeouts.read().toMillis())
                .connectorProvider(new RetryingConnectorProvider(inner, policy));
    }

    /** Wraps the connector another provider makes. */
    private record RetryingConnectorProvider(ConnectorProvider inner, RetryPolicy policy) implements ConnectorProvider {
        @Override
        public Connector getConnector(jakarta.ws.rs.client.Client client, Configuration runtimeConfig) {
            return new RetryingConnector(inner.getConnector(client, runtimeConfig), policy);
        }
    }
}
