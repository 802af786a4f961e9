package io.github.mongoapitoolkit.stubs;

import java.nio.file.Path;
import java.util.Optional;

/** The command-line options of the stub server. */
public record StubServerOptions(String bind, int mongosyncPort, int cloudPort, Optional<Path> dataset,
        double clockSpeed, int rateLimitPerMinute, long nonceLifetimeSeconds, boolean fastPath, boolean quiet, boolean help) {

    public static final String USAGE = """
            Usage: java -jar mongodb-api-stubs.jar [options]

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
        return new StubServerOptions("127.0.0.1", 27182, 8080, Optional.empty(), 1.0, 100, 300, true, false, false);
    }

    /** Parses the arguments; an {@link IllegalArgumentException} says which one is wrong. */
    public static StubServerOptions parse(String... args) {
        StubServerOptions o = defaults();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> o = new StubServerOptions(o.bind, o.mongosyncPort, o.cloudPort, o.dataset, o.clockSpeed, o.rateLimitPerMinute, o.nonceLifetimeSeconds, o.fastPath, o.quiet, true);
                case "--no-fast-path" -> o = new StubServerOptions(o.bind, o.mongosyncPort, o.cloudPort, o.dataset, o.clockSpeed, o.rateLimitPerMinute, o.nonceLifetimeSeconds, false, o.quiet, o.help);
                case "--quiet" -> o = new StubServerOptions(o.bind, o.mongosyncPort, o.cloudPort, o.dataset, o.clockSpeed, o.rateLimitPerMinute, o.nonceLifetimeSeconds, o.fastPath, true, o.help);
                case "--bind" -> o = new StubServerOptions(value(args, ++i, arg), o.mongosyncPort, o.cloudPort, o.dataset, o.clockSpeed, o.rateLimitPerMinute, o.nonceLifetimeSeconds, o.fastPath, o.quiet, o.help);
                case "--mongosync-port" -> o = new StubServerOptions(o.bind, port(args, ++i, arg), o.cloudPort, o.dataset, o.clockSpeed, o.rateLimitPerMinute, o.nonceLifetimeSeconds, o.fastPath, o.quiet, o.help);
                case "--cloud-port" -> o = new StubServerOptions(o.bind, o.mongosyncPort, port(args, ++i, arg), o.dataset, o.clockSpeed, o.rateLimitPerMinute, o.nonceLifetimeSeconds, o.fastPath, o.quiet, o.help);
                case "--dataset" -> o = new StubServerOptions(o.bind, o.mongosyncPort, o.cloudPort, Optional.of(Path.of(value(args, ++i, arg))), o.clockSpeed, o.rateLimitPerMinute, o.nonceLifetimeSeconds, o.fastPath, o.quiet, o.help);
                case "--clock-speed" -> o = new StubServerOptions(o.bind, o.mongosyncPort, o.cloudPort, o.dataset, positive(args, ++i, arg), o.rateLimitPerMinute, o.nonceLifetimeSeconds, o.fastPath, o.quiet, o.help);
                case "--rate-limit" -> o = new StubServerOptions(o.bind, o.mongosyncPort, o.cloudPort, o.dataset, o.clockSpeed, (int) whole(args, ++i, arg, 0, Integer.MAX_VALUE), o.nonceLifetimeSeconds, o.fastPath, o.quiet, o.help);
                case "--nonce-lifetime" -> o = new StubServerOptions(o.bind, o.mongosyncPort, o.cloudPort, o.dataset, o.clockSpeed, o.rateLimitPerMinute, whole(args, ++i, arg, 1, 86_400), o.fastPath, o.quiet, o.help);
                default -> throw new IllegalArgumentException("unknown option " + arg + "; see --help");
            }
        }
        return o;
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
