package io.github.mongoapitoolkit.stubs.proxy;

import io.github.mongoapitoolkit.conformance.MongoApi;
import java.nio.file.Path;
import java.util.Optional;

/** The arguments of {@code proxy}. */
record ProxyOptions(MongoApi api, Upstream upstream, int port, String bind, Optional<Path> report, FailOn failOn) {

    static final String USAGE = """
            Usage: java -jar mongodb-api-stubs.jar proxy --api API --upstream URL --port PORT
                   [--bind ADDRESS] [--report FILE] [--fail-on violation|drift|never]

            Forwards every request to URL unchanged (method, target, headers but Host, body: Digest
            computed for the upstream still verifies) and every response back unchanged, and judges
            each exchange against specs/API/openapi.yaml. Prints a line per new finding; on SIGTERM
            or Ctrl-C writes the report and exits 1 if it found anything at or above --fail-on.

              --api API             mongosync, atlas-live-migrations or ops-manager-checkpoints
              --upstream URL        http://HOST[:PORT] or https://HOST[:PORT], no path
              --port PORT           port to listen on (0: a free one, printed)
              --bind ADDRESS        address to listen on (default 127.0.0.1)
              --report FILE         write the JSON report to FILE and a Markdown summary next to it
                                    (FILE.md, or NAME.md for NAME.json), every 5 s and at the end
              --fail-on LEVEL       violation (default): exit 1 on any violation; drift: on any
                                    violation or drift; never: always exit 0
            """;

    static ProxyOptions parse(String... args) {
        MongoApi api = null;
        Upstream upstream = null;
        Integer port = null;
        String bind = "127.0.0.1";
        Optional<Path> report = Optional.empty();
        FailOn failOn = FailOn.VIOLATION;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null && !flag.equals("--help")) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            switch (flag) {
                case "--api" -> api = api(value);
                case "--upstream" -> upstream = Upstream.parse(value);
                case "--port" -> port = port(value);
                case "--bind" -> bind = value;
                case "--report" -> report = Optional.of(Path.of(value));
                case "--fail-on" -> failOn = FailOn.parse(value);
                case "--help" -> throw new HelpRequested();
                default -> throw new IllegalArgumentException("unknown option " + flag + " (see proxy --help)");
            }
            i++;
        }
        if (api == null || upstream == null || port == null) {
            throw new IllegalArgumentException("proxy needs --api, --upstream and --port (see proxy --help)");
        }
        return new ProxyOptions(api, upstream, port, bind, report, failOn);
    }

    static MongoApi api(String name) {
        return MongoApi.named(name).filter(api -> api != MongoApi.STUB_ADMIN).orElseThrow(() -> new IllegalArgumentException(
                "--api takes mongosync, atlas-live-migrations or ops-manager-checkpoints, not " + name));
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port takes 0 to 65535, not " + value);
        }
    }

    /** {@code --help}: print the usage, exit 0. */
    static final class HelpRequested extends RuntimeException {
        HelpRequested() {
            super(null, null, false, false);
        }
    }
}
