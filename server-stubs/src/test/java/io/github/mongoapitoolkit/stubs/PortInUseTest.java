package io.github.mongoapitoolkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mongoapitoolkit.stubs.auth.Credentials;
import io.github.mongoapitoolkit.stubs.common.ManualClock;
import io.github.mongoapitoolkit.stubs.dataset.DatasetLoader;
import io.github.mongoapitoolkit.stubs.jersey.DeferredJersey;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A start that cannot listen on its second port says which address, and leaves nothing behind:
 * the first port is closed again and the background build of Jersey ends.
 */
class PortInUseTest {

    @Test
    void aBusyCloudPortFailsTheStartAndLeavesNoListenerNorBuilder() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int mongosyncPort;
            try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                mongosyncPort = free.getLocalPort();
            }
            StubServerOptions options = StubServerOptions.defaults().withPorts(mongosyncPort, busy.getLocalPort()).withQuiet(true);

            assertThatThrownBy(() -> StubServers.start(options, new DatasetLoader(StubFixture.SPECS).builtIn(),
                    Credentials.fromEnvironment(Map.of()), new ManualClock(), StubFixture.SPECS))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageStartingWith("Cannot listen on 127.0.0.1:" + busy.getLocalPort());

            assertThat(refused(mongosyncPort)).as("the mongosync port is closed again").isTrue();
            // No thread of the failed start is left behind: the builder ends with its builds.
            assertThat(builders()).isEmpty();
        }
    }

    private static boolean refused(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) TimeUnit.SECONDS.toMillis(5));
            return false;
        } catch (java.io.IOException e) {
            return true;
        }
    }

    private static List<Thread> builders() throws InterruptedException {
        // The builder thread ends right after its last build completes; give it the moment to.
        for (int i = 0; i < 500; i++) {
            List<Thread> running = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().equals(DeferredJersey.BUILDER_THREAD)).toList();
            if (running.isEmpty()) {
                return running;
            }
            Thread.sleep(10);
        }
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().equals(DeferredJersey.BUILDER_THREAD)).toList();
    }
}
