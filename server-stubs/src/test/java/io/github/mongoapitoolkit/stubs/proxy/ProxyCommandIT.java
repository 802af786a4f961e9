package io.github.mongoapitoolkit.stubs.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar mongodb-api-stubs.jar proxy} as a CI job runs it: in front of a drifting
 * upstream, stopped with SIGTERM, its exit status set by {@code --fail-on} and its report
 * finished. Timeouts only detect a hang.
 */
class ProxyCommandIT {

    private static final Path JAR = Path.of("target", "mongodb-api-stubs.jar");

    @TempDir
    Path folder;

    private DriftingUpstream upstream;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startUpstream() {
        upstream = new DriftingUpstream();
    }

    @AfterEach
    void stopUpstream() {
        upstream.close();
    }

    @Test
    void driftFailsTheRunAtFailOnDriftAndTheReportIsFinishedOnSigterm() throws Exception {
        Run run = proxy("drift");
        get(run.uri(), "/api/v1/progress?case=extra-progress-field");
        get(run.uri(), "/api/v1/progress?case=extra-progress-field");

        assertThat(run.stop()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(folder.resolve("drift.json").toFile());
        assertThat(report.path("exchanges").asLong()).isEqualTo(2);
        assertThat(report.path("findings").get(0).path("pointer").asText()).isEqualTo("/progress/copiedDocumentsPerSecond");
        assertThat(report.path("findings").get(0).path("count").asLong()).isEqualTo(2);
        assertThat(Files.readString(folder.resolve("drift.md"))).contains("copiedDocumentsPerSecond");
        assertThat(run.output()).anySatisfy(line -> assertThat(line).startsWith("DRIFT").contains("/progress/copiedDocumentsPerSecond"))
                .anySatisfy(line -> assertThat(line).startsWith("Stopped: 2 exchanges, 0 violations, 2 drift"));
    }

    @Test
    void driftAloneDoesNotFailAtFailOnViolationButAViolationDoes() throws Exception {
        Run drift = proxy("violation");
        get(drift.uri(), "/api/v1/progress?case=new-state-value");
        assertThat(drift.stop()).isZero();

        Run violation = proxy("violation");
        get(violation.uri(), "/api/v1/progress?case=null-can-commit");
        assertThat(violation.stop()).isEqualTo(1);
    }

    @Test
    void anHttpsUpstreamIsVerifiedAgainstTheTrustStoreAndJudgedTheSame() throws Exception {
        Path keystore = folder.resolve("upstream.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", "upstream", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-keystore", keystore.toString(), "-storetype", "PKCS12",
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0).as("keytool made a key").isTrue();
        java.security.KeyStore keys = java.security.KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keystore)) {
            keys.load(in, "changeit".toCharArray());
        }
        javax.net.ssl.KeyManagerFactory keyManagers = javax.net.ssl.KeyManagerFactory.getInstance(
                javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, "changeit".toCharArray());
        javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
        tls.init(keyManagers.getKeyManagers(), null, null);
        upstream.close();
        upstream = new DriftingUpstream(tls);

        Run untrusted = proxy("drift");
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(untrusted.uri().resolve("/api/v1/progress?case=new-state-value")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(502);
        assertThat(refused.body()).contains("\"error\":\"ProxyUpstreamUnreachable\"");
        untrusted.stop();

        Run trusted = proxy("drift", "-Djavax.net.ssl.trustStore=" + keystore, "-Djavax.net.ssl.trustStorePassword=changeit",
                "-Djavax.net.ssl.trustStoreType=PKCS12");
        get(trusted.uri(), "/api/v1/progress?case=new-state-value");
        assertThat(trusted.stop()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(folder.resolve("drift.json").toFile());
        assertThat(report.path("source").asText()).startsWith("https://127.0.0.1:");
        assertThat(report.path("findings").get(0).path("rule").asText()).isEqualTo("drift.enum-value");
    }

    private void get(URI proxy, String target) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(proxy.resolve(target)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private Run proxy(String failOn, String... javaOptions) throws IOException, InterruptedException {
        assertThat(JAR).as("the packaged jar (mvn package)").exists();
        // To a file, not a pipe: what the JVM prints as it exits must not race the pipe's reader.
        Path log = Files.createTempFile(folder, "proxy", ".log");
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(javaOptions));
        command.addAll(List.of("-jar", JAR.toString(), "proxy", "--api", "mongosync", "--upstream", upstream.uri().toString(),
                "--port", "0", "--report", folder.resolve("drift.json").toString(), "--fail-on", failOn));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            for (String line : Files.readAllLines(log)) {
                if (line.startsWith("Validating proxy")) {
                    return new Run(process, URI.create(line.replaceAll(".*(http://\\S+) ->.*", "$1")), log);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the proxy printed no address: " + Files.readString(log));
    }

    private record Run(Process process, URI uri, Path log) {
        /** SIGTERM, then the exit status. */
        int stop() throws InterruptedException {
            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the proxy stops on SIGTERM").isTrue();
            return process.exitValue();
        }

        List<String> output() throws IOException {
            return Files.readAllLines(log);
        }
    }
}
