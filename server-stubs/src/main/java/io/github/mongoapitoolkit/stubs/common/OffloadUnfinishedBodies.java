package io.github.mongoapitoolkit.stubs.common;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.threadpool.Threads;

/**
 * Lets the selector threads serve requests themselves, which saves a hand-off to a worker thread
 * per request (the profile put that at a fifth of the stub's throughput), without letting a slow
 * client stall them: a request whose body has not fully arrived with its headers would make
 * Jersey block on the rest, so that request alone goes on to a worker thread. Everything else (all
 * GETs, and POSTs whose body came in one read) stays on the selector thread.
 *
 * <p>Placed after the HTTP codec and before Grizzly's HTTP server filter; the transport runs
 * with {@code SameThreadIOStrategy}.
 */
public final class OffloadUnfinishedBodies extends BaseFilter {

    private final ExecutorService workers;

    public OffloadUnfinishedBodies(ExecutorService workers) {
        this.workers = workers;
    }

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        Object message = ctx.getMessage();
        if (Threads.isService() && message instanceof HttpContent content && !content.isLast()
                && content.getHttpHeader() instanceof HttpRequestPacket) {
            // suspend() first: it stops the selector reading this connection, so that the rest of
            // the body reaches the worker's blocking read and not the selector. The selector sees
            // this connection again only once the request is served; body the application left
            // unread then passes through here once more, harmlessly, to be discarded.
            ctx.suspend();
            workers.execute(ctx::resumeNext);
            return ctx.getSuspendAction();
        }
        return ctx.getInvokeAction();
    }
}
