package io.github.mongoapitoolkit.stubs;

import io.github.mongoapitoolkit.stubs.admin.AdminServer;
import io.github.mongoapitoolkit.stubs.auth.Credentials;
import io.github.mongoapitoolkit.stubs.common.ScaledClock;
import io.github.mongoapitoolkit.stubs.control.StubControl;
import io.github.mongoapitoolkit.stubs.dataset.Dataset;
import io.github.mongoapitoolkit.stubs.dataset.DatasetLoader;
import io.github.mongoapitoolkit.stubs.dataset.InvalidDatasetException;
import io.github.mongoapitoolkit.stubs.proxy.ProxyCommand;
import io.github.mongoapitoolkit.stubs.proxy.ValidateCommand;
import io.github.mongoapitoolkit.stubs.spec.ApiSpecs;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar mongodb-api-stubs.jar}: starts both servers and runs until SIGTERM or Ctrl-C. */
public final class StubServerMain {

    private StubServerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("proxy")) {
            ProxyCommand.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("validate")) {
            ValidateCommand.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        StubServerOptions options;
        try {
            options = StubServerOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("mongodb-api-stubs: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(StubServerOptions.USAGE);
            return;
        }
        ApiSpecs specs = ApiSpecs.load();
        Dataset dataset;
        try {
            DatasetLoader loader = new DatasetLoader(specs);
            dataset = options.dataset().map(loader::load).orElseGet(loader::builtIn);
        } catch (InvalidDatasetException e) {
            System.err.println("mongodb-api-stubs: " + e.getMessage());
            System.exit(2);
            return;
        }
        Credentials credentials = Credentials.fromEnvironment(System.getenv());
        StubServers servers;
        ScaledClock clock = new ScaledClock(options.clockSpeed());
        AdminServer admin = null;
        try {
            servers = StubServers.start(options, dataset, credentials, clock, specs);
        } catch (UncheckedIOException e) {
            System.err.println("mongodb-api-stubs: " + e.getMessage());
            System.exit(1);
            return;
        }
        if (options.adminPort() != StubServerOptions.NO_ADMIN) {
            try {
                admin = AdminServer.start(StubControl.of(servers, credentials, clock), options.adminPort());
            } catch (UncheckedIOException e) {
                System.err.println("mongodb-api-stubs: " + e.getMessage());
                servers.close();
                System.exit(1);
                return;
            }
        }
        AdminServer adminServer = admin;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping.");
            if (adminServer != null) {
                adminServer.close();
            }
            servers.close();
            stopped.countDown();
        }, "shutdown"));
        System.out.println("mongosync           " + servers.mongosyncUri() + "/api/v1/progress");
        System.out.println("Atlas Admin API v2  " + servers.cloudUri() + "/api/atlas/v2");
        System.out.println("Ops Manager         " + servers.cloudUri() + "/api/public/v1.0");
        if (adminServer != null) {
            System.out.println("Admin API           " + adminServer.uri() + "/admin (loopback only; specs/stub-admin/openapi.yaml)");
        }
        System.out.println("Dataset             " + options.dataset().map(Object::toString).orElse("built-in"));
        System.out.println("Credentials         " + credentials.describe());
        System.out.println("Clock speed         " + options.clockSpeed() + "x; rate limit "
                + (options.rateLimitPerMinute() == 0 ? "off" : options.rateLimitPerMinute() + "/min per key"));
        stopped.await();
    }
}
