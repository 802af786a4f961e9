package io.github.mongoapitoolkit.stubs.jersey;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainerProvider;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * A port's Jersey application, built after the port listens. Building Jersey's applications took
 * most of a first server's start (about 900 of 2,300 ms in a fresh JVM, benchmarks/RESULTS.md),
 * and the hot GETs never need it: their fast routes answer as soon as the port is up. A request
 * that does need Jersey before it is built waits for it.
 */
public final class DeferredJersey {

    /** The name of the thread that builds, as thread dumps show it. */
    public static final String BUILDER_THREAD = "stub-jersey-build";

    /** Far beyond a build's second or so on a loaded machine: only a hang gets here. */
    static final long BUILD_TIMEOUT_SECONDS = 60;

    private final CompletableFuture<GrizzlyHttpContainer> container = new CompletableFuture<>();
    private final AtomicBoolean destroyed = new AtomicBoolean();

    private DeferredJersey() {
    }

    /**
     * Builds and starts the applications one after the other, the first first, on one daemon
     * thread (building the two on two threads gained nothing on two cores, RESULTS.md).
     */
    public static List<DeferredJersey> buildInBackground(List<Supplier<ResourceConfig>> applications) {
        List<DeferredJersey> deferred = new ArrayList<>();
        applications.forEach(app -> deferred.add(new DeferredJersey()));
        Thread builder = new Thread(() -> {
            for (int i = 0; i < applications.size(); i++) {
                deferred.get(i).build(applications.get(i));
            }
        }, BUILDER_THREAD);
        builder.setDaemon(true);
        builder.start();
        return deferred;
    }

    private void build(Supplier<ResourceConfig> application) {
        try {
            GrizzlyHttpContainer built = new GrizzlyHttpContainerProvider().createContainer(GrizzlyHttpContainer.class, application.get());
            built.start();
            container.complete(built);
        } catch (RuntimeException | Error e) {
            System.err.println("The stub's Jersey application could not be built: " + e);
            e.printStackTrace();
            container.completeExceptionally(e);
        }
    }

    /**
     * Has Jersey serve the request, once it is built: a request that comes sooner waits for it on
     * its own thread. It is not suspended to be served from the builder's thread instead: Grizzly
     * then races the builder's resume against this thread's return from the handler, and the
     * loser leaves the connection unread until its idle timeout (seen in MongosyncAutomaticTransitionsTest).
     *
     * @throws IllegalStateException when Jersey could not be built, or not within {@link #BUILD_TIMEOUT_SECONDS}
     */
    public void service(Request request, Response response) throws Exception {
        built().service(request, response);
    }

    private GrizzlyHttpContainer built() throws InterruptedException {
        try {
            return container.get(BUILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The stub's Jersey application could not be built", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The stub's Jersey application was not built within " + BUILD_TIMEOUT_SECONDS + " s", e);
        }
    }

    /**
     * Waits for the build, if it is still going, and stops the application, once: both the port's
     * shutdown and a failed start call this.
     */
    public void destroy() {
        GrizzlyHttpContainer built = container.handle((done, failure) -> done).join();
        if (built != null && destroyed.compareAndSet(false, true)) {
            built.destroy();
        }
    }
}
