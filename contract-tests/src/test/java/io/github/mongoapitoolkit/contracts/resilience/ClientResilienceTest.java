package io.github.mongoapitoolkit.contracts.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mongoapitoolkit.mongosync.client.model.EmptyRequest;
import io.github.mongoapitoolkit.atlas.client.api.CloudMigrationServiceApi;
import io.github.mongoapitoolkit.client.auth.ApiKey;
import io.github.mongoapitoolkit.contracts.StubLauncher;
import io.github.mongoapitoolkit.client.auth.AtlasClients;
import io.github.mongoapitoolkit.client.resilience.ResilientClients;
import io.github.mongoapitoolkit.client.resilience.RetryPolicy;
import io.github.mongoapitoolkit.client.resilience.Timeouts;
import io.github.mongoapitoolkit.mongosync.client.api.ProgressApi;
import io.github.mongoapitoolkit.mongosync.client.api.SyncControlApi;
import io.github.mongoapitoolkit.mongosync.client.invoker.ApiClient;
import io.github.mongoapitoolkit.mongosync.client.model.StartRequest;
import io.github.mongoapitoolkit.stubs.StubServers;
import io.github.mongoapitoolkit.stubs.common.ManualClock;
import io.github.mongoapitoolkit.stubs.mongosync.MongosyncState;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The clients' timeouts and retries against the real stub server: 429 with Retry-After, a
 * mongosync that is not listening yet or is restarting, and POSTs that are not repeated unless
 * asked. Waits are
 * recorded, and move the stub's wall clock instead of sleeping.
 */
class ClientResilienceTest {

    private static final String PUBLIC_KEY = "resiliencepublickey";
    private static final String PRIVATE_KEY = "resilience-private-key";
    private static final String GROUP = "5e2211c17a3e5a48f5497de3";
    private static final String MIGRATION = "6296fb4c7c7aa997cf94e9a8";

    private final ManualClock simulationClock = new ManualClock();
    private final AtomicLong wallClock = new AtomicLong(1_800_000_000_000L);
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final List<StubServers> started = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopStubs() {
        started.forEach(StubServers::close);
    }

    @Test
    void atlasGetWaitsOutRetryAfterAndSucceeds() throws Exception {
        StubServers stub = start(0, 2);
        RetryPolicy policy = policy(3).withSleeper(wait -> {
            waits.add(wait);
            wallClock.addAndGet(wait.toMillis());
        });
        CloudMigrationServiceApi api = new CloudMigrationServiceApi(atlas(stub, policy));

        for (int i = 0; i < 3; i++) {
            assertThat(api.getGroupLiveMigration(GROUP, MIGRATION, null, null).getId()).isEqualTo(MIGRATION);
        }

        assertThat(waits).singleElement().satisfies(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(60)));
    }

    @Test
    void atlasGetGivesUpAfterMaxAttemptsAndReturnsThe429() throws Exception {
        StubServers stub = start(0, 1);
        RetryPolicy policy = policy(3).withSleeper(waits::add);
        CloudMigrationServiceApi api = new CloudMigrationServiceApi(atlas(stub, policy));
        api.getGroupLiveMigration(GROUP, MIGRATION, null, null);

        assertThatThrownBy(() -> api.getGroupLiveMigration(GROUP, MIGRATION, null, null))
                .isInstanceOfSatisfying(io.github.mongoapitoolkit.atlas.client.invoker.ApiException.class,
                        e -> assertThat(e.getCode()).isEqualTo(429));
        assertThat(waits).hasSize(2);
    }

    @Test
    void retryAfterLongerThanTheCapIsReturnedAtOnce() throws Exception {
        StubServers stub = start(0, 1);
        RetryPolicy policy = policy(3).withMaxRetryAfter(Duration.ofSeconds(1)).withSleeper(waits::add);
        CloudMigrationServiceApi api = new CloudMigrationServiceApi(atlas(stub, policy));
        api.getGroupLiveMigration(GROUP, MIGRATION, null, null);

        assertThatThrownBy(() -> api.getGroupLiveMigration(GROUP, MIGRATION, null, null))
                .isInstanceOfSatisfying(io.github.mongoapitoolkit.atlas.client.invoker.ApiException.class,
                        e -> assertThat(e.getCode()).isEqualTo(429));
        assertThat(waits).isEmpty();
    }

    @Test
    void progressPollIsRetriedUntilMongosyncListens() throws Exception {
        int port = freePort();
        RetryPolicy policy = policy(5).withSleeper(wait -> {
            waits.add(wait);
            if (waits.size() == 2) {
                start(port, 100); // mongosync comes back after the second refused attempt
            }
        });
        ProgressApi api = new ProgressApi(mongosync(port, policy));

        assertThat(api.getProgress().getProgress().getState().getValue()).isEqualTo("INITIALIZING");
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void commitIsNotRetriedWhenTheConnectionIsRefused() throws Exception {
        int port = freePort();
        RetryPolicy policy = policy(5).withSleeper(wait -> {
            waits.add(wait);
            start(port, 100);
        });
        SyncControlApi api = new SyncControlApi(mongosync(port, policy));

        assertThatThrownBy(() -> api.commitSync(new EmptyRequest()))
                .hasRootCauseInstanceOf(ConnectException.class);
        assertThat(waits).isEmpty();
        assertThat(started).isEmpty();
    }

    @Test
    void startIsRetriedWhenTheCallerAsksAndIsAppliedOnce() throws Exception {
        int port = freePort();
        RetryPolicy policy = policy(5).retryingNonIdempotent().withSleeper(wait -> {
            waits.add(wait);
            start(port, 100);
            simulationClock.advance(Duration.ofSeconds(3)); // past INITIALIZING, to IDLE
        });
        SyncControlApi api = new SyncControlApi(mongosync(port, policy));

        assertThat(api.startSync(new StartRequest().source("cluster0").destination("cluster1")).getSuccess()).isTrue();
        assertThat(waits).hasSize(1);
        assertThat(started).singleElement().satisfies(stub -> assertThat(stub.mongosync().state()).isEqualTo(MongosyncState.RUNNING));
    }

    @Test
    void progressPollIsCarriedThroughAMongosyncRestart() throws Exception {
        StubServers stub = start(0, 100);
        simulationClock.advance(Duration.ofSeconds(3)); // past INITIALIZING, to IDLE
        int port = stub.mongosyncUri().getPort();
        new SyncControlApi(mongosync(port, RetryPolicy.none())).startSync(new StartRequest().source("cluster0").destination("cluster1"));
        stub.faults().restartMongosync(Duration.ofMinutes(2));
        // The stub's clock stands for the wall clock here: each wait moves it on by what was waited.
        RetryPolicy policy = RetryPolicy.defaults().withMaxAttempts(6).withBackoff(Duration.ofSeconds(30), Duration.ofSeconds(60))
                .withJitter(0).withSleeper(wait -> {
                    waits.add(wait);
                    simulationClock.advance(wait);
                });

        assertThat(new ProgressApi(mongosync(port, policy)).getProgress().getProgress().getState().getValue()).isEqualTo("RUNNING");
        assertThat(waits).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(60));
        // The JDK's HttpURLConnection itself sends a GET once more on a closed connection: two requests per attempt.
        assertThat(stub.journal().calls("getProgress")).extracting(e -> e.fault().orElse("answered"))
                .endsWith("answered").filteredOn("mongosync not answering"::equals).hasSize(6);
    }

    @Test
    void commitIsNotRetriedWhenMongosyncDropsTheConnection() throws Exception {
        StubServers stub = start(0, 100);
        stub.faults().restartMongosync(Duration.ofMinutes(2));
        SyncControlApi api = new SyncControlApi(mongosync(stub.mongosyncUri().getPort(), policy(5).withSleeper(waits::add)));

        assertThatThrownBy(() -> api.commitSync(new EmptyRequest())).hasRootCauseInstanceOf(java.net.SocketException.class);
        assertThat(waits).as("the commit may have been applied: not repeated behind the caller's back").isEmpty();
        assertThat(stub.journal().calls("commitSync")).singleElement()
                .satisfies(e -> assertThat(e.fault()).contains("mongosync not answering"));
    }

    @Test
    void readTimeoutEndsACallToAServerThatNeverAnswers() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try (Socket ignored = silent.accept()) {
                    Thread.sleep(10_000);
                } catch (IOException | InterruptedException e) {
                    // The test is over.
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            ApiClient client = new ApiClient().setBasePath("http://127.0.0.1:" + silent.getLocalPort());
            client.setClientConfig(ResilientClients.configure(client.getClientConfig(), policy(3).withSleeper(waits::add),
                    new Timeouts(Duration.ofSeconds(1), Duration.ofMillis(300))));

            assertThatThrownBy(() -> new ProgressApi(client).getProgress()).hasRootCauseInstanceOf(SocketTimeoutException.class);
            assertThat(waits).as("a timeout is not a refused connection: nothing to retry").isEmpty();
            acceptor.interrupt();
        }
    }

    private RetryPolicy policy(int attempts) {
        return RetryPolicy.defaults().withMaxAttempts(attempts).withBackoff(Duration.ofMillis(100), Duration.ofSeconds(2)).withJitter(0);
    }

    private io.github.mongoapitoolkit.atlas.client.invoker.ApiClient atlas(StubServers stub, RetryPolicy policy) {
        var client = AtlasClients.withApiKey(stub.cloudUri().toString().replaceAll("/$", ""), new ApiKey(PUBLIC_KEY, PRIVATE_KEY));
        client.setClientConfig(ResilientClients.configure(client.getClientConfig(), policy, Timeouts.defaults()));
        return client;
    }

    private static ApiClient mongosync(int port, RetryPolicy policy) {
        ApiClient client = new ApiClient().setBasePath("http://127.0.0.1:" + port);
        client.setClientConfig(ResilientClients.configure(client.getClientConfig(), policy, Timeouts.defaults()));
        return client;
    }

    private StubServers start(int mongosyncPort, int rateLimitPerMinute) {
        StubServers stub = StubLauncher.start(mongosyncPort, rateLimitPerMinute, PUBLIC_KEY, PRIVATE_KEY, simulationClock, wallClock::get);
        started.add(stub);
        return stub;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
