package io.github.mongoapitoolkit.stubs.proxy;

import io.github.mongoapitoolkit.conformance.DriftCheck;
import io.github.mongoapitoolkit.conformance.MongoApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.List;
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
 * against the API's spec. Each client connection has its own kept-alive upstream connection; a
 * plain-HTTP upstream is served by one event loop per core ({@link NioProxyConnection}), an HTTPS
 * one by a thread per connection ({@link ProxyConnection}, with the JVM's TLS). At most
 * {@link #MAX_CONNECTIONS} clients at once; one more is answered with the API's 503 and closed.
 */
public final class ValidatingProxy implements AutoCloseable {

    static final int MAX_CONNECTIONS = 512;

    private final ServerSocketChannel server;
    private final List<EventLoop> loops;
    private final ExecutorService slowJudging;
    private final InetSocketAddress upstreamAddress;
    private int nextLoop;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private final Upstream upstream;
    private final MongoApi api;
    private final ExchangeJudge judge;
    private final ExecutorService connections;
    private final Semaphore slots = new Semaphore(MAX_CONNECTIONS);
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;

    private ValidatingProxy(ServerSocketChannel server, Upstream upstream, MongoApi api, DriftReport report) {
        this.server = server;
        boolean plain = upstream.scheme().equals("http");
        this.upstreamAddress = plain ? new InetSocketAddress(upstream.host(), upstream.port()) : null;
        int cores = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        this.loops = plain ? java.util.stream.IntStream.range(0, cores).mapToObj(i -> new EventLoop("proxy-loop-" + i)).toList() : List.of();
        this.slowJudging = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "proxy-judge");
            thread.setDaemon(true);
            return thread;
        });
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
            ServerSocketChannel server = ServerSocketChannel.open();
            server.setOption(java.net.StandardSocketOptions.SO_REUSEADDR, true);
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
        String host = address().getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address().getPort());
    }

    public int port() {
        return address().getPort();
    }

    private InetSocketAddress address() {
        try {
            return (InetSocketAddress) server.getLocalAddress();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DriftReport report() {
        return judge.report();
    }

    private void accept() {
        while (server.isOpen()) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (java.nio.channels.ClosedChannelException e) {
                return;
            } catch (IOException e) {
                continue;
            }
            if (!slots.tryAcquire()) {
                busy(client);
                continue;
            }
            if (loops.isEmpty()) {
                Socket socket = client.socket();
                open.add(socket);
                connections.execute(new ProxyConnection(socket, upstream, api, judge, () -> {
                    open.remove(socket);
                    slots.release();
                }));
            } else {
                EventLoop loop = loops.get(nextLoop++ % loops.size());
                loop.execute(() -> {
                    try {
                        new NioProxyConnection(loop, client, upstream, upstreamAddress, api, judge, slowJudging, slots::release);
                    } catch (IOException e) {
                        slots.release();
                        closeQuietly(client);
                    }
                });
            }
        }
    }

    private void busy(SocketChannel client) {
        judge.report().notForwarded();
        try (client) {
            client.write(java.nio.ByteBuffer.wrap(ProxyRefusal.BUSY.response(api,
                    "The proxy is serving " + MAX_CONNECTIONS + " connections; retry shortly.")));
        } catch (IOException e) {
            // the client is gone
        }
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // gone already
        }
    }

    /** Stops listening and closes every connection; an exchange under way is cut off, and not judged. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
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
        loops.forEach(EventLoop::stop);
        connections.shutdownNow();
        // New answers still being judged are finished, so the report has them.
        slowJudging.shutdown();
        try {
            connections.awaitTermination(5, TimeUnit.SECONDS);
            slowJudging.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
