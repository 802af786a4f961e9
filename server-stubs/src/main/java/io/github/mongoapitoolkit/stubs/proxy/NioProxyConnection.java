package io.github.mongoapitoolkit.stubs.proxy;

import io.github.mongoapitoolkit.conformance.MongoApi;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * {@link ProxyConnection}'s work for a plain-HTTP upstream, on an {@link EventLoop}: a client
 * connection and its kept-alive upstream connection, bytes forwarded both ways as they arrive
 * (so {@code Expect: 100-continue} and a response that comes before its request's body work as
 * they would without the proxy), the bodies' framing followed to know where each exchange ends,
 * and then the exchange judged. A side that cannot take more bytes stops the other side being
 * read, so a slow client holds no more than a buffer of the upstream's answer.
 */
final class NioProxyConnection implements EventLoop.Handler {

    private static final int BUFFER = 16 * 1024;
    private static final long CLIENT_TIMEOUT = TimeUnit.MILLISECONDS.toNanos(ProxyConnection.CLIENT_TIMEOUT_MILLIS);
    private static final long UPSTREAM_TIMEOUT = TimeUnit.MILLISECONDS.toNanos(Upstream.READ_TIMEOUT_MILLIS);
    /** A request sent again on a new connection when the kept-alive one turns out closed: only if it is this small. */
    private static final int MAX_REPLAY = 64 * 1024;

    private enum Phase {
        REQUEST_HEAD, EXCHANGE, TUNNEL, CLOSING
    }

    private final EventLoop loop;
    private final SocketChannel client;
    private final Upstream upstream;
    private final InetSocketAddress upstreamAddress;
    private final MongoApi api;
    private final ExchangeJudge judge;
    private final Executor slowJudging;
    private final Runnable onClose;
    private final SelectionKey clientKey;
    private SocketChannel upstreamChannel;
    private SelectionKey upstreamKey;
    private boolean connecting;
    private long connectDeadline;
    private boolean reused;

    private ByteBuffer fromClient = ByteBuffer.allocate(BUFFER);
    private ByteBuffer fromUpstream = ByteBuffer.allocate(BUFFER);
    private final ArrayDeque<ByteBuffer> toClient = new ArrayDeque<>();
    private final ArrayDeque<ByteBuffer> toUpstream = new ArrayDeque<>();

    private Phase phase = Phase.REQUEST_HEAD;
    private long deadline;
    private String method;
    private String target;
    private MessageHead request;
    private BodyFraming requestBody;
    private BodyCopy requestCopy;
    private MessageHead response;
    private BodyFraming responseBody;
    private BodyCopy responseCopy;
    private boolean responseStarted;
    private boolean clientCloses;
    private byte[] replay;
    private java.io.ByteArrayOutputStream replayBuffer;

    NioProxyConnection(EventLoop loop, SocketChannel client, Upstream upstream, InetSocketAddress upstreamAddress, MongoApi api,
            ExchangeJudge judge, Executor slowJudging, Runnable onClose) throws IOException {
        this.loop = loop;
        this.client = client;
        this.upstream = upstream;
        this.upstreamAddress = upstreamAddress;
        this.api = api;
        this.judge = judge;
        this.slowJudging = slowJudging;
        this.onClose = onClose;
        client.configureBlocking(false);
        client.setOption(StandardSocketOptions.TCP_NODELAY, true);
        clientKey = client.register(loop.selector(), SelectionKey.OP_READ, this);
        deadline = System.nanoTime() + CLIENT_TIMEOUT;
        loop.add(this);
    }

    @Override
    public void ready(SelectionKey key) {
        try {
            if (key == clientKey) {
                if (key.isValid() && key.isWritable()) {
                    flush(client, toClient);
                }
                if (key.isValid() && key.isReadable()) {
                    readClient();
                }
            } else if (key == upstreamKey) {
                if (key.isValid() && key.isConnectable()) {
                    finishConnect();
                }
                if (key.isValid() && key.isWritable()) {
                    flush(upstreamChannel, toUpstream);
                }
                if (key.isValid() && key.isReadable()) {
                    readUpstream();
                }
            }
            if (phase != Phase.CLOSING || !toClient.isEmpty()) {
                interest();
            } else {
                close();
            }
        } catch (IOException | RuntimeException e) {
            close();
        }
    }

    @Override
    public void tick(long now) {
        if (connecting && now - connectDeadline >= 0) {
            refuse(ProxyRefusal.UPSTREAM_UNREACHABLE, "The proxy cannot reach " + upstream + ": no connection within "
                    + Upstream.CONNECT_TIMEOUT_MILLIS / 1000 + " s.");
            if (toClient.isEmpty()) {
                close();
            } else {
                interest();
            }
            return;
        }
        if (now - deadline < 0) {
            return;
        }
        if (phase == Phase.EXCHANGE && !responseStarted && requestBody.done()) {
            refuse(ProxyRefusal.UPSTREAM_TIMEOUT, upstream + " did not answer within " + Upstream.READ_TIMEOUT_MILLIS / 1000 + " s.");
        }
        if (phase == Phase.CLOSING && !toClient.isEmpty()) {
            interest();
        } else {
            close();
        }
    }

    // --- the client's side

    private void readClient() throws IOException {
        if (!ensureRoom(fromClient, true)) {
            return;
        }
        int n = client.read(fromClient);
        if (n < 0) {
            // The client is done: with an exchange under way its answer has nowhere to go.
            close();
            return;
        }
        deadline = System.nanoTime() + (phase == Phase.EXCHANGE && requestBody.done() ? UPSTREAM_TIMEOUT : CLIENT_TIMEOUT);
        clientBytesOrRefuse();
    }

    /** The client's bytes; a request the proxy cannot frame is refused, or, with its answer under way, cut off. */
    private void clientBytesOrRefuse() throws IOException {
        try {
            clientBytes();
        } catch (MalformedMessageException e) {
            if (responseStarted && phase != Phase.REQUEST_HEAD) {
                phase = Phase.CLOSING;
            } else {
                refuse(ProxyRefusal.BAD_REQUEST, "The proxy cannot read the request: " + e.getMessage() + ".");
            }
        }
    }

    /** Makes room in a side's buffer; for a client head over the limit, answers 400. */
    private boolean ensureRoom(ByteBuffer buffer, boolean clientSide) {
        if (buffer.hasRemaining()) {
            return true;
        }
        boolean head = clientSide ? phase == Phase.REQUEST_HEAD : response == null;
        if (!head) {
            return false;
        }
        if (buffer.capacity() > WireInput.MAX_HEAD_BYTES) {
            throw new HeadTooLargeException(WireInput.MAX_HEAD_BYTES);
        }
        ByteBuffer bigger = ByteBuffer.allocate(buffer.capacity() * 2);
        buffer.flip();
        bigger.put(buffer);
        if (clientSide) {
            fromClient = bigger;
        } else {
            fromUpstream = bigger;
        }
        return true;
    }

    private void clientBytes() throws IOException {
        if (phase == Phase.TUNNEL) {
            forward(fromClient, fromClient.position(), toUpstream);
            return;
        }
        if (phase == Phase.REQUEST_HEAD) {
            int end = endOfHead(fromClient);
            if (end < 0) {
                return;
            }
            startExchange(take(fromClient, end));
        }
        if (phase == Phase.EXCHANGE && !requestBody.done()) {
            int n = requestBody.consume(fromClient.array(), 0, fromClient.position(), requestCopy);
            if (n > 0) {
                keepForReplay(fromClient.array(), 0, n);
                forward(fromClient, n, toUpstream);
            }
        }
    }

    private void startExchange(byte[] head) throws IOException {
        request = MessageHead.parse(head);
        String[] line = request.requestLine();
        MessageHead.Framing framing = request.requestFraming();
        method = line[0];
        target = ProxyConnection.originForm(line[1]);
        clientCloses = request.hasToken("Connection", "close") || request.isHttp10() && !request.hasToken("Connection", "keep-alive");
        requestBody = BodyFraming.of(framing, framing == MessageHead.Framing.LENGTH ? request.contentLength() : 0);
        requestCopy = new BodyCopy();
        response = null;
        responseBody = null;
        responseCopy = new BodyCopy();
        responseStarted = false;
        phase = Phase.EXCHANGE;
        byte[] forwarded = request.withHeader("Host", upstream.authority()).raw();
        replayBuffer = framing == MessageHead.Framing.CHUNKED ? null : new java.io.ByteArrayOutputStream(forwarded.length);
        replay = null;
        keepForReplay(forwarded, 0, forwarded.length);
        ensureUpstream();
        toUpstream.add(ByteBuffer.wrap(forwarded));
        if (!connecting) {
            flush(upstreamChannel, toUpstream);
        }
        deadline = System.nanoTime() + (requestBody.done() ? UPSTREAM_TIMEOUT : CLIENT_TIMEOUT);
    }

    private void keepForReplay(byte[] bytes, int offset, int length) {
        if (replayBuffer != null) {
            if (replayBuffer.size() + length > MAX_REPLAY) {
                replayBuffer = null;
            } else {
                replayBuffer.write(bytes, offset, length);
            }
        }
    }

    // --- the upstream's side

    private void ensureUpstream() throws IOException {
        if (upstreamChannel != null) {
            reused = true;
            return;
        }
        reused = false;
        upstreamChannel = SocketChannel.open();
        upstreamChannel.configureBlocking(false);
        upstreamChannel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        connecting = !upstreamChannel.connect(upstreamAddress);
        connectDeadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Upstream.CONNECT_TIMEOUT_MILLIS);
        upstreamKey = upstreamChannel.register(loop.selector(), connecting ? SelectionKey.OP_CONNECT : SelectionKey.OP_READ, this);
        fromUpstream.clear();
    }

    private void finishConnect() {
        try {
            upstreamChannel.finishConnect();
            connecting = false;
            flush(upstreamChannel, toUpstream);
        } catch (IOException e) {
            dropUpstream();
            refuse(ProxyRefusal.UPSTREAM_UNREACHABLE, "The proxy cannot reach " + upstream + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ".");
        }
    }

    private void readUpstream() throws IOException {
        if (!ensureRoom(fromUpstream, false)) {
            return;
        }
        int n;
        try {
            n = upstreamChannel.read(fromUpstream);
        } catch (IOException e) {
            n = -1;
        }
        if (n < 0) {
            upstreamClosed();
            return;
        }
        if (phase == Phase.REQUEST_HEAD) {
            // Nothing is asked of an idle upstream; whatever it sends is not an answer to anything.
            dropUpstream();
            return;
        }
        deadline = System.nanoTime() + UPSTREAM_TIMEOUT;
        try {
            upstreamBytes();
        } catch (MalformedMessageException e) {
            if (responseStarted) {
                phase = Phase.CLOSING;
            } else {
                refuse(ProxyRefusal.BAD_UPSTREAM_RESPONSE, upstream + " sent what is not an HTTP/1.1 answer: " + e.getMessage() + ".");
            }
        }
    }

    private void upstreamBytes() throws IOException {
        if (phase == Phase.TUNNEL) {
            forward(fromUpstream, fromUpstream.position(), toClient);
            return;
        }
        while (phase == Phase.EXCHANGE && response == null) {
            int end = endOfHead(fromUpstream);
            if (end < 0) {
                return;
            }
            byte[] raw = take(fromUpstream, end);
            MessageHead head = MessageHead.parse(raw);
            int status = head.status();
            responseStarted = true;
            toClient.add(ByteBuffer.wrap(raw));
            flush(client, toClient);
            if (status == 101) {
                phase = Phase.TUNNEL;
                forward(fromClient, fromClient.position(), toUpstream);
                forward(fromUpstream, fromUpstream.position(), toClient);
                return;
            }
            if (status >= 200) {
                response = head;
                MessageHead.Framing framing = head.responseFraming(method, status);
                responseBody = BodyFraming.of(framing, framing == MessageHead.Framing.LENGTH ? head.contentLength() : 0);
            }
        }
        if (phase == Phase.EXCHANGE && response != null) {
            int n = responseBody.consume(fromUpstream.array(), 0, fromUpstream.position(), responseCopy);
            forward(fromUpstream, n, toClient);
            if (responseBody.done()) {
                fromUpstream.clear(); // anything after the answer answers nothing
                finishExchange(false);
            }
        }
    }

    private void upstreamClosed() throws IOException {
        boolean idle = phase == Phase.REQUEST_HEAD;
        boolean answered = responseStarted;
        dropUpstream();
        if (idle) {
            return;
        }
        if (phase == Phase.TUNNEL) {
            phase = Phase.CLOSING;
            return;
        }
        if (!answered && reused && replayBuffer != null && requestBody.done()) {
            // The kept-alive connection was closed by the server while idle: the same request, once, on a new one.
            replay = replayBuffer.toByteArray();
            replayBuffer = null;
            toUpstream.clear();
            ensureUpstream();
            toUpstream.add(ByteBuffer.wrap(replay));
            if (!connecting) {
                flush(upstreamChannel, toUpstream);
            }
            return;
        }
        if (!answered) {
            refuse(ProxyRefusal.BAD_UPSTREAM_RESPONSE, upstream + " closed the connection without answering.");
            return;
        }
        if (response != null && responseBody.untilClose()) {
            finishExchange(true);
            return;
        }
        phase = Phase.CLOSING; // cut off mid-answer: the client sees the connection close
    }

    // --- one exchange done

    private void finishExchange(boolean upstreamGone) throws IOException {
        String judgedMethod = method;
        String judgedTarget = target;
        MessageHead judgedRequest = request;
        BodyCopy judgedRequestCopy = requestCopy;
        MessageHead judgedResponse = response;
        BodyCopy judgedResponseCopy = responseCopy;
        if (!judge.judgeIfRemembered(judgedMethod, judgedTarget, judgedResponse, judgedResponseCopy)) {
            // A new answer takes the full check: off the loop, so other connections do not wait for it.
            slowJudging.execute(() -> judge.judge(judgedMethod, judgedTarget, judgedRequest, judgedRequestCopy, judgedResponse,
                    judgedResponseCopy));
        }
        boolean upstreamCloses = upstreamGone || response.hasToken("Connection", "close")
                || response.isHttp10() && !response.hasToken("Connection", "keep-alive");
        if (upstreamCloses) {
            dropUpstream();
        }
        if (clientCloses || !requestBody.done() || upstreamGone && responseBody.untilClose()) {
            // Also a close-delimited answer: its end reaches the client only as the connection's end.
            phase = Phase.CLOSING;
            return;
        }
        phase = Phase.REQUEST_HEAD;
        request = null;
        response = null;
        deadline = System.nanoTime() + CLIENT_TIMEOUT;
        if (fromClient.position() > 0) {
            clientBytesOrRefuse(); // the next request had already arrived
        }
    }

    // --- bytes on their way

    /** Moves the first {@code length} bytes of a side's buffer to the other side's queue and tries to send them. */
    private void forward(ByteBuffer from, int length, ArrayDeque<ByteBuffer> to) throws IOException {
        if (length == 0) {
            return;
        }
        to.add(ByteBuffer.wrap(Arrays.copyOf(from.array(), length)));
        compact(from, length);
        if (to == toClient) {
            flush(client, toClient);
        } else if (upstreamChannel != null && !connecting) {
            flush(upstreamChannel, toUpstream);
        }
    }

    private static void flush(SocketChannel channel, ArrayDeque<ByteBuffer> queue) throws IOException {
        while (!queue.isEmpty()) {
            ByteBuffer next = queue.peek();
            channel.write(next);
            if (next.hasRemaining()) {
                return;
            }
            queue.poll();
        }
    }

    /** Read what a side's state lets it take, write what is queued for it. */
    private void interest() {
        if (clientKey.isValid()) {
            boolean read = toUpstream.isEmpty() && (phase == Phase.REQUEST_HEAD || phase == Phase.TUNNEL
                    || phase == Phase.EXCHANGE && !requestBody.done());
            clientKey.interestOps((read ? SelectionKey.OP_READ : 0) | (toClient.isEmpty() ? 0 : SelectionKey.OP_WRITE));
        }
        if (upstreamKey != null && upstreamKey.isValid()) {
            int ops = connecting ? SelectionKey.OP_CONNECT
                    : (toClient.isEmpty() ? SelectionKey.OP_READ : 0) | (toUpstream.isEmpty() ? 0 : SelectionKey.OP_WRITE);
            upstreamKey.interestOps(ops);
        }
    }

    private void refuse(ProxyRefusal refusal, String detail) {
        judge.report().notForwarded();
        dropUpstream();
        toClient.clear();
        toClient.add(ByteBuffer.wrap(refusal.response(api, detail)));
        phase = Phase.CLOSING;
        try {
            flush(client, toClient);
        } catch (IOException e) {
            toClient.clear();
        }
    }

    private void dropUpstream() {
        if (upstreamChannel != null) {
            try {
                upstreamChannel.close();
            } catch (IOException e) {
                // gone already
            }
            upstreamChannel = null;
            upstreamKey = null;
            connecting = false;
            toUpstream.clear();
        }
    }

    @Override
    public void close() {
        dropUpstream();
        if (client.isOpen()) {
            try {
                client.close();
            } catch (IOException e) {
                // gone already
            }
            loop.remove(this);
            onClose.run();
        }
    }

    /** Just past the empty line that ends a head in a buffer being filled, or -1. */
    private static int endOfHead(ByteBuffer buffer) {
        byte[] bytes = buffer.array();
        int start = 0;
        int limit = buffer.position();
        while (start < limit && (bytes[start] == '\r' || bytes[start] == '\n')) {
            start++; // RFC 9112 section 2.2: empty lines before a message are ignored
        }
        if (start > 0) {
            compact(buffer, start);
            limit = buffer.position();
        }
        for (int i = 1; i < limit; i++) {
            if (bytes[i] == '\n' && (bytes[i - 1] == '\n' || bytes[i - 1] == '\r' && i >= 2 && bytes[i - 2] == '\n')) {
                if (i + 1 > WireInput.MAX_HEAD_BYTES) {
                    throw new HeadTooLargeException(WireInput.MAX_HEAD_BYTES);
                }
                return i + 1;
            }
        }
        if (limit > WireInput.MAX_HEAD_BYTES) {
            throw new HeadTooLargeException(WireInput.MAX_HEAD_BYTES);
        }
        return -1;
    }

    private static byte[] take(ByteBuffer buffer, int length) {
        byte[] taken = Arrays.copyOf(buffer.array(), length);
        compact(buffer, length);
        return taken;
    }

    /** Drops the first {@code length} bytes of a buffer being filled. */
    private static void compact(ByteBuffer buffer, int length) {
        int rest = buffer.position() - length;
        System.arraycopy(buffer.array(), length, buffer.array(), 0, rest);
        buffer.position(rest);
    }
}
