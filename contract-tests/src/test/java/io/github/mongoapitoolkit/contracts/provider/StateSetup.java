package io.github.mongoapitoolkit.contracts.provider;

import java.io.IOException;
import java.net.URI;
import io.github.mongoapitoolkit.atlas.client.api.CloudMigrationServiceApi;
import io.github.mongoapitoolkit.atlas.client.invoker.ApiException;
import io.github.mongoapitoolkit.client.auth.ApiKey;
import io.github.mongoapitoolkit.client.auth.AtlasClients;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;

/** Requests a provider state sends to the stub through its public HTTP API, as any client would. */
final class StateSetup {

    private StateSetup() {
    }

    /** POSTs a mongosync command and insists it succeeds. */
    static void post(URI server, String path, String json) {
        HttpPost post = new HttpPost(server.resolve(path));
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        try (CloseableHttpClient client = HttpClients.custom().disableAutomaticRetries().build()) {
            int status = client.execute(post, response -> response.getCode());
            if (status != 200) {
                throw new IllegalStateException("POST " + path + " answered " + status + " while setting up the provider state");
            }
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " failed while setting up the provider state", e);
        }
    }

    /**
     * Reads one live migration with the generated client and Digest until the stub answers 429,
     * so that the next request from the same key is over the limit.
     */
    static void useUpRateLimit(URI server, String groupId, String migrationId, String publicKey, String privateKey,
            int limit) {
        CloudMigrationServiceApi atlas = new CloudMigrationServiceApi(
                AtlasClients.withApiKey(server.toString(), new ApiKey(publicKey, privateKey)));
        for (int sent = 0; sent <= limit + 1; sent++) {
            try {
                atlas.getGroupLiveMigration(groupId, migrationId, null, null);
            } catch (ApiException e) {
                if (e.getCode() == 429) {
                    return;
                }
                throw new IllegalStateException("the stub answered " + e.getCode() + " while using up the rate limit", e);
            }
        }
        throw new IllegalStateException("the stub never answered 429 after " + (limit + 2) + " requests");
    }
}
