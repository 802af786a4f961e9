package io.github.mongoapitoolkit.stubs.proxy;

import io.github.mongoapitoolkit.conformance.DriftCheck;
import io.github.mongoapitoolkit.conformance.MongoApi;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reverse proxy in front of a real (or stub) server of one API that judges every exchange
 * against the API's spec: one thread per client connection, each with its own kept-alive
 * upstream connection. At most {@link #MAX_CONNECTIONS} clients at once; one more is answered
 * with the API's 503 and closed.
 */
public final class ValidatingProxy implements AutoCloseable {

    static final int MAX_CONNECTIONS = 512;

    private final ServerSocket server;
    private final Upstream upstream;
    private final MongoApi api;
    private final ExchangeJudge judge;
    private final ExecutorService connections;
    private final Semaphore slots = new Semaphore(MAX_CONNECTIONS);
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;

    private ValidatingProxy(ServerSocket server, Upstream upstream, MongoApi api, DriftReport report) {
        this.server = server;
        this.upstream = upstream;
        this.api = api;
        this.judge = new ExchangeJudge(DriftCheck.of(api), report);
        AtomicInteger count = new AtomicInteger();
        this.connections = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "proxy-connection-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.acceptor = new Thread(this::accept, "proxy-accept");
        this.acceptor.setDaemon(true);
    }

    /** Listens on {@code bind:port} (0 for a free port) and forwards to the upstream. */
    static ValidatingProxy start(MongoApi api, Upstream upstream, String bind, int port, DriftReport report) {
        try {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getByName(bind), port), 256);
            // Judging needs the spec and its validators: built now, so the first exchange does not wait for them.
            DriftCheck.of(api).operation(io.github.mongoapitoolkit.conformance.ObservedRequest.of("GET", "/"));
            api.spec().interactionValidator();
            api.spec().schemaValidator();
            ValidatingProxy proxy = new ValidatingProxy(server, upstream, api, report);
            proxy.acceptor.start();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + bind + ":" + port + ": " + e.getMessage(), e);
        }
    }

    /**
     * An in-process proxy for a Java test: on a free loopback port, in front of {@code upstream},
     * printing a line per new finding to standard output. Close it when done.
     */
    public static ValidatingProxy inFrontOf(MongoApi api, URI upstream) {
        Upstream to = Upstream.parse(upstream.toString());
        return start(api, to, "127.0.0.1", 0, new DriftReport(api, to.toString(), java.time.Clock.systemUTC(), System.out::println));
    }

    /** Each distinct finding so far, as first seen: empty while the upstream says what the spec says. */
    public java.util.List<io.github.mongoapitoolkit.conformance.Finding> findings() {
        return judge.report().distinct();
    }

    /** Exchanges judged so far. */
    public long exchanges() {
        return judge.report().exchanges();
    }

    public URI uri() {
        String host = server.getInetAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.getLocalPort());
    }

    public int port() {
        return server.getLocalPort();
    }

    DriftReport report() {
        return judge.report();
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (SocketException e) {
                return;
            } catch (IOException e) {
                continue;
            }
            if (!slots.tryAcquire()) {
                busy(client);
                continue;
            }
            open.add(client);
            connections.execute(new ProxyConnection(client, upstream, api, judge, () -> {
                open.remove(client);
                slots.release();
            }));
        }
    }

    private void busy(Socket client) {
        judge.report().notForwarded();
        try (client) {
            OutputStream out = client.getOutputStream();
            out.write(ProxyRefusal.BUSY.response(api, "The proxy is serving " + MAX_CONNECTIONS + " connections; retry shortly."));
            out.flush();
        } catch (IOException e) {
            // the client is gone
        }
    }

    /** Stops listening and closes every connection; an exchange under way is cut off, and not judged. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        connections.shutdownNow();
        try {
            connections.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
