package io.github.mongoapitoolkit.stubs.proxy;

import io.github.mongoapitoolkit.conformance.MongoApi;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * One client connection and the upstream connection paired with it, for as long as both keep
 * alive. Each request goes on as it came (the Host header aside, which names the upstream), each
 * response comes back as it went, and only then is the exchange judged, so the judge adds nothing
 * to the time a client waits for its answer. A message the proxy cannot frame is answered in the
 * API's error shape and ends the connection; nothing is guessed.
 */
final class ProxyConnection implements Runnable {

    /** How long a client connection may sit idle between requests, or stall inside one. */
    static final int CLIENT_TIMEOUT_MILLIS = 60_000;

    private final Socket client;
    private final Upstream upstream;
    private final MongoApi api;
    private final ExchangeJudge judge;
    private final Runnable onClose;
    private Socket upstreamSocket;
    private WireInput upstreamIn;
    private OutputStream upstreamOut;

    ProxyConnection(Socket client, Upstream upstream, MongoApi api, ExchangeJudge judge, Runnable onClose) {
        this.client = client;
        this.upstream = upstream;
        this.api = api;
        this.judge = judge;
        this.onClose = onClose;
    }

    @Override
    public void run() {
        try (client) {
            client.setTcpNoDelay(true);
            client.setSoTimeout(CLIENT_TIMEOUT_MILLIS);
            WireInput in = new WireInput(client.getInputStream());
            OutputStream out = new BufferedOutputStream(client.getOutputStream(), 16 * 1024);
            while (exchange(in, out)) {
                // one request and its response per turn, while both sides keep the connection
            }
        } catch (IOException | RuntimeException e) {
            // The client went away or sent what cannot be answered any more: nothing left to say to it.
        } finally {
            closeUpstream();
            onClose.run();
        }
    }

    /** One request and its response; false when the connection ends. */
    private boolean exchange(WireInput in, OutputStream out) throws IOException {
        MessageHead request;
        String[] line;
        MessageHead.Framing framing;
        try {
            byte[] raw = in.readHead();
            if (raw == null) {
                return false;
            }
            request = MessageHead.parse(raw);
            line = request.requestLine();
            framing = request.requestFraming();
        } catch (SocketTimeoutException e) {
            return false;
        } catch (MalformedMessageException e) {
            refuse(out, ProxyRefusal.BAD_REQUEST, "The proxy cannot read the request: " + e.getMessage() + ".");
            return false;
        }
        String method = line[0];
        boolean expectContinue = request.hasToken("Expect", "100-continue");
        boolean clientCloses = request.hasToken("Connection", "close") || request.isHttp10() && !request.hasToken("Connection", "keep-alive");
        byte[] head = request.withHeader("Host", upstream.authority()).raw();
        BodyCopy requestBody = new BodyCopy();
        MessageHead response;
        BodyCopy responseBody = new BodyCopy();
        try {
            boolean reused = upstreamSocket != null;
            ensureUpstream();
            upstreamOut.write(head);
            boolean bodySent = false;
            if (expectContinue && framing != MessageHead.Framing.NONE) {
                upstreamOut.flush();
            } else {
                relayRequestBody(in, framing, request, requestBody);
                bodySent = true;
            }
            upstreamOut.flush();
            response = readResponseHead(method, reused && framing != MessageHead.Framing.CHUNKED, head, in, request, framing, requestBody);
            while (response.status() < 200 && response.status() != 101) {
                out.write(response.raw());
                out.flush();
                if (response.status() == 100 && !bodySent) {
                    relayRequestBody(in, framing, request, requestBody);
                    upstreamOut.flush();
                    bodySent = true;
                }
                response = MessageHead.parse(requireHead(upstreamIn.readHead()));
            }
            if (!bodySent) {
                // A final answer to Expect: 100-continue; the body was never sent, so the connection cannot go on.
                clientCloses = true;
            }
        } catch (UpstreamUnreachableException e) {
            refuse(out, ProxyRefusal.UPSTREAM_UNREACHABLE, "The proxy cannot reach " + upstream + ": " + e.getMessage() + ".");
            return false;
        } catch (SocketTimeoutException e) {
            refuse(out, ProxyRefusal.UPSTREAM_TIMEOUT, upstream + " did not answer within " + Upstream.READ_TIMEOUT_MILLIS / 1000 + " s.");
            return false;
        } catch (MalformedMessageException | EOFException e) {
            refuse(out, ProxyRefusal.BAD_UPSTREAM_RESPONSE, upstream + " sent what is not an HTTP/1.1 answer: " + e.getMessage() + ".");
            return false;
        }
        int status = response.status();
        out.write(response.raw());
        if (status == 101) {
            out.flush();
            tunnel(in, out);
            return false;
        }
        MessageHead.Framing responseFraming = response.responseFraming(method, status);
        relayResponseBody(out, response, responseFraming, responseBody);
        out.flush();
        String target = originForm(line[1]);
        judge.judge(method, target, request, requestBody, response, responseBody);
        boolean upstreamCloses = responseFraming == MessageHead.Framing.UNTIL_CLOSE || response.hasToken("Connection", "close")
                || response.isHttp10() && !response.hasToken("Connection", "keep-alive");
        if (upstreamCloses) {
            closeUpstream();
        }
        return !clientCloses && !upstreamCloses;
    }

    private void relayRequestBody(WireInput in, MessageHead.Framing framing, MessageHead request, BodyCopy copy) throws IOException {
        in.relay(BodyFraming.of(framing, framing == MessageHead.Framing.LENGTH ? request.contentLength() : 0), upstreamOut, copy);
    }

    private void relayResponseBody(OutputStream out, MessageHead response, MessageHead.Framing framing, BodyCopy copy) throws IOException {
        upstreamIn.relay(BodyFraming.of(framing, framing == MessageHead.Framing.LENGTH ? response.contentLength() : 0), out, copy);
    }

    /**
     * The upstream's response head. A kept-alive upstream connection may have been closed by the
     * server while idle; a request that can be sent again (no body, or one the copy holds whole)
     * is, once, on a new connection.
     */
    private MessageHead readResponseHead(String method, boolean retryable, byte[] head, WireInput in, MessageHead request,
            MessageHead.Framing framing, BodyCopy requestBody) throws IOException {
        byte[] raw;
        try {
            raw = upstreamIn.readHead();
        } catch (IOException e) {
            if (e instanceof SocketTimeoutException) {
                throw e;
            }
            raw = null;
        }
        if (raw == null && retryable && !requestBody.overflowed()) {
            closeUpstream();
            ensureUpstream();
            upstreamOut.write(head);
            upstreamOut.write(requestBody.bytes());
            upstreamOut.flush();
            raw = upstreamIn.readHead();
        }
        return MessageHead.parse(requireHead(raw));
    }

    private static byte[] requireHead(byte[] raw) throws EOFException {
        if (raw == null) {
            throw new EOFException("the upstream closed the connection without answering");
        }
        return raw;
    }

    /** After a 101: bytes both ways, unjudged, until either side closes. */
    private void tunnel(WireInput in, OutputStream out) throws IOException {
        Thread back = new Thread(() -> {
            try {
                upstreamIn.relay(BodyFraming.of(MessageHead.Framing.UNTIL_CLOSE, 0), out, new BodyCopy());
                out.flush();
            } catch (IOException e) {
                // either side closed
            }
        }, "proxy-tunnel");
        back.setDaemon(true);
        back.start();
        in.relay(BodyFraming.of(MessageHead.Framing.UNTIL_CLOSE, 0), upstreamOut, new BodyCopy());
    }

    private void ensureUpstream() throws UpstreamUnreachableException {
        if (upstreamSocket != null) {
            return;
        }
        try {
            upstreamSocket = upstream.connect();
            upstreamIn = new WireInput(upstreamSocket.getInputStream());
            upstreamOut = new BufferedOutputStream(upstreamSocket.getOutputStream(), 16 * 1024);
        } catch (IOException e) {
            upstreamSocket = null;
            throw new UpstreamUnreachableException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private void closeUpstream() {
        if (upstreamSocket != null) {
            try {
                upstreamSocket.close();
            } catch (IOException e) {
                // already gone
            }
            upstreamSocket = null;
        }
    }

    private void refuse(OutputStream out, ProxyRefusal refusal, String detail) {
        judge.report().notForwarded();
        try {
            out.write(refusal.response(api, detail));
            out.flush();
        } catch (IOException e) {
            // the client is gone too
        }
    }

    /** An absolute-form target (a client that takes the proxy for a forward proxy) as the path and query it names. */
    static String originForm(String target) {
        if (target.startsWith("http://") || target.startsWith("https://")) {
            int slash = target.indexOf('/', target.indexOf("//") + 2);
            return slash < 0 ? "/" : target.substring(slash);
        }
        return target;
    }

    /** The upstream could not be connected to. */
    static final class UpstreamUnreachableException extends IOException {
        UpstreamUnreachableException(String message) {
            super(message);
        }
    }

}
