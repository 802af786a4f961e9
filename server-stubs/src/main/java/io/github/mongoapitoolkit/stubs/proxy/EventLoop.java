package io.github.mongoapitoolkit.stubs.proxy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One thread with one selector, serving many connections: under load a wake-up finds many of
 * them ready, which is what lets the proxy keep up with what it forwards to (a thread per
 * connection spends more time being switched to than forwarding). A connection is only ever
 * touched by its loop's thread.
 */
final class EventLoop implements Runnable {

    /** What a selection key is attached to. */
    interface Handler {
        void ready(SelectionKey key);

        /** Called about once a second with the time now: a handler past its deadline acts on it. */
        void tick(long nowNanos);

        /** Closes whatever the handler has open; the loop is stopping. */
        void close();
    }

    private final Selector selector;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final Set<Handler> handlers = new HashSet<>();
    private final Thread thread;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;

    EventLoop(String name) {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(this, name);
        thread.setDaemon(true);
        thread.start();
    }

    Selector selector() {
        return selector;
    }

    /** Runs a task on the loop's thread. */
    void execute(Runnable task) {
        tasks.add(task);
        selector.wakeup();
    }

    void add(Handler handler) {
        handlers.add(handler);
    }

    void remove(Handler handler) {
        handlers.remove(handler);
    }

    @Override
    public void run() {
        long nextTick = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        try {
            while (running) {
                selector.select(1000);
                for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
                    task.run();
                }
                var selected = selector.selectedKeys();
                for (SelectionKey key : selected) {
                    if (key.isValid()) {
                        ((Handler) key.attachment()).ready(key);
                    }
                }
                selected.clear();
                long now = System.nanoTime();
                if (now >= nextTick) {
                    for (Handler handler : List.copyOf(handlers)) {
                        handler.tick(now);
                    }
                    nextTick = now + TimeUnit.SECONDS.toNanos(1);
                }
            }
        } catch (IOException e) {
            // the selector is closed: the loop is stopping
        } finally {
            for (Handler handler : new ArrayList<>(handlers)) {
                handler.close();
            }
            try {
                selector.close();
            } catch (IOException e) {
                // stopping anyway
            }
            stopped.countDown();
        }
    }

    /** Closes every connection and stops the thread. */
    void stop() {
        running = false;
        selector.wakeup();
        try {
            stopped.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
