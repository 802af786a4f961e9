package io.github.mongoapitoolkit.stubs;

import java.nio.file.Path;
import java.util.Optional;

/** The command-line options of the stub server. */
public record StubServerOptions(String bind, int mongosyncPort, int cloudPort, Optional<Path> dataset,
        double clockSpeed, int rateLimitPerMinute, long nonceLifetimeSeconds, boolean fastPath, boolean quiet, boolean help,
        long bodyTimeoutSeconds, int adminPort) {

    /** {@link #adminPort()} when the admin API is off, as it is unless {@code --admin-port} is given. */
    public static final int NO_ADMIN = -1;

    public static final String USAGE = """
            Usage: java -jar mongodb-api-stubs.jar [options]
                   java -jar mongodb-api-stubs.jar proxy --help      (validate a real server's answers)
                   java -jar mongodb-api-stubs.jar validate --help   (validate a recorded HAR file)

            Serves mongosync, the Atlas Admin API v2 live migrations and Ops Manager checkpoints
            from a built-in dataset, as the specs in specs/ describe them.

              --bind ADDRESS          address to listen on (default 127.0.0.1; mongosync has no
                                      authentication, so keep it on loopback)
              --mongosync-port PORT   mongosync API port (default 27182, mongosync's own)
              --cloud-port PORT       Atlas and Ops Manager port (default 8080, Ops Manager's own)
              --dataset FILE          serve this dataset instead of the built-in one
                                      (format: server-stubs/DATASET.md)
              --clock-speed FACTOR    run the simulated mongosync clock this many times faster
                                      than real time (default 1; 10 copies in 6 s instead of 60 s)
              --rate-limit N          Atlas and Ops Manager requests per minute per key before
                                      429 RATE_LIMITED (default 100; 0 turns limiting off)
              --nonce-lifetime SECS   seconds a Digest nonce stays valid before stale=true (default 300)
              --body-timeout SECS     seconds a request body may take to arrive before the API's
                                      400 and a closed connection (default 10)
              --admin-port PORT       serve the admin API (states, clock, faults, journal, reset;
                                      specs/stub-admin/openapi.yaml) on 127.0.0.1:PORT, whatever
                                      --bind says; off unless given
              --quiet                 do not log one line per request
              --no-fast-path          answer every request through Jersey; by default the plain
                                      GETs of progress, a live migration and the checkpoints
                                      skip it (same answers, several times faster)
              --help                  print this text

            Credentials come from MONGODB_ATLAS_PUBLIC_API_KEY, MONGODB_ATLAS_PRIVATE_API_KEY
            (HTTP Digest) and MONGODB_ATLAS_CLIENT_ID, MONGODB_ATLAS_CLIENT_SECRET (service account
            tokens from POST /api/oauth/token); unset ones fall back to the development values in
            the README.
            """;

    public static StubServerOptions defaults() {
        return new StubServerOptions("127.0.0.1", 27182, 8080, Optional.empty(), 1.0, 100, 300, true, false, false, 10, NO_ADMIN);
    }

    /** Parses the arguments; an {@link IllegalArgumentException} says which one is wrong. */
    public static StubServerOptions parse(String... args) {
        StubServerOptions o = defaults();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            o = switch (arg) {
                case "--help", "-h" -> o.withHelp();
                case "--no-fast-path" -> o.withFastPath(false);
                case "--quiet" -> o.withQuiet(true);
                case "--bind" -> o.withBind(value(args, ++i, arg));
                case "--mongosync-port" -> o.withPorts(port(args, ++i, arg), o.cloudPort);
                case "--cloud-port" -> o.withPorts(o.mongosyncPort, port(args, ++i, arg));
                case "--dataset" -> o.withDataset(Path.of(value(args, ++i, arg)));
                case "--clock-speed" -> o.withClockSpeed(positive(args, ++i, arg));
                case "--rate-limit" -> o.withRateLimit((int) whole(args, ++i, arg, 0, Integer.MAX_VALUE));
                case "--nonce-lifetime" -> o.withNonceLifetime(whole(args, ++i, arg, 1, 86_400));
                case "--body-timeout" -> o.withBodyTimeout(whole(args, ++i, arg, 1, 3_600));
                case "--admin-port" -> o.withAdminPort(port(args, ++i, arg));
                default -> throw new IllegalArgumentException("unknown option " + arg + "; see --help");
            };
        }
        return o;
    }

    public StubServerOptions withBind(String address) {
        return new StubServerOptions(address, mongosyncPort, cloudPort, dataset, clockSpeed, rateLimitPerMinute, nonceLifetimeSeconds, fastPath, quiet, help, bodyTimeoutSeconds, adminPort);
    }

    /** Port 0 picks a free port. */
    public StubServerOptions withPorts(int mongosync, int cloud) {
        return new StubServerOptions(bind, mongosync, cloud, dataset, clockSpeed, rateLimitPerMinute, nonceLifetimeSeconds, fastPath, quiet, help, bodyTimeoutSeconds, adminPort);
    }

    public StubServerOptions withDataset(Path file) {
        return new StubServerOptions(bind, mongosyncPort, cloudPort, Optional.of(file), clockSpeed, rateLimitPerMinute, nonceLifetimeSeconds, fastPath, quiet, help, bodyTimeoutSeconds, adminPort);
    }

    public StubServerOptions withClockSpeed(double factor) {
        return new StubServerOptions(bind, mongosyncPort, cloudPort, dataset, factor, rateLimitPerMinute, nonceLifetimeSeconds, fastPath, quiet, help, bodyTimeoutSeconds, adminPort);
    }

    /** 0 turns rate limiting off. */
    public StubServerOptions withRateLimit(int perMinute) {
        return new StubServerOptions(bind, mongosyncPort, cloudPort, dataset, clockSpeed, perMinute, nonceLifetimeSeconds, fastPath, quiet, help, bodyTimeoutSeconds, adminPort);
    }

    public StubServerOptions withNonceLifetime(long seconds) {
        return new StubServerOptions(bind, mongosyncPort, cloudPort, dataset, clockSpeed, rateLimitPerMinute, seconds, fastPath, quiet, help, bodyTimeoutSeconds, adminPort);
    }

    public StubServerOptions withFastPath(boolean on) {
        return new StubServerOptions(bind, mongosyncPort, cloudPort, dataset, clockSpeed, rateLimitPerMinute, nonceLifetimeSeconds, on, quiet, help, bodyTimeoutSeconds, adminPort);
    }

    public StubServerOptions withQuiet(boolean on) {
        return new StubServerOptions(bind, mongosyncPort, cloudPort, dataset, clockSpeed, rateLimitPerMinute, nonceLifetimeSeconds, fastPath, on, help, bodyTimeoutSeconds, adminPort);
    }

    public StubServerOptions withBodyTimeout(long seconds) {
        return new StubServerOptions(bind, mongosyncPort, cloudPort, dataset, clockSpeed, rateLimitPerMinute, nonceLifetimeSeconds, fastPath, quiet, help, seconds, adminPort);
    }

    /** The admin API on 127.0.0.1:{@code port} (0 for a free one); {@link #NO_ADMIN} for none. */
    public StubServerOptions withAdminPort(int port) {
        return new StubServerOptions(bind, mongosyncPort, cloudPort, dataset, clockSpeed, rateLimitPerMinute, nonceLifetimeSeconds, fastPath, quiet, help, bodyTimeoutSeconds, port);
    }

    private StubServerOptions withHelp() {
        return new StubServerOptions(bind, mongosyncPort, cloudPort, dataset, clockSpeed, rateLimitPerMinute, nonceLifetimeSeconds, fastPath, quiet, true, bodyTimeoutSeconds, adminPort);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int port(String[] args, int i, String option) {
        return (int) whole(args, i, option, 0, 65_535);
    }

    private static long whole(String[] args, int i, String option, long min, long max) {
        String value = value(args, i, option);
        try {
            long n = Long.parseLong(value);
            if (n < min || n > max) {
                throw new IllegalArgumentException(option + " must be from " + min + " to " + max + ", not " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not " + value);
        }
    }

    private static double positive(String[] args, int i, String option) {
        String value = value(args, i, option);
        try {
            double n = Double.parseDouble(value);
            if (!(n > 0) || Double.isInfinite(n)) {
                throw new IllegalArgumentException(option + " must be a positive number, not " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not " + value);
        }
    }
}
