package io.poolson.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * A fixed set of platform threads that stay alive between runs, the Java counterpart of the seed's
 * 50 goroutines. Kept alive so that a {@link Meter} over their ids gives cumulative
 * "before → after" allocation counters across several runs, as Go's {@code TotalAlloc} does.
 *
 * <p>{@link #runAll} is called from one thread at a time; {@link #ids()} from any thread.
 */
public final class WorkerThreads implements AutoCloseable {

    private final ExecutorService executor;
    private final List<Thread> threads;

    /** Starts {@code n} daemon threads named {@code report-worker-i}. */
    public WorkerThreads(int n) throws InterruptedException {
        List<Thread> started = new ArrayList<>(n);
        this.executor = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "report-worker-" + started.size());
            t.setDaemon(true);
            synchronized (started) {
                started.add(t);
            }
            return t;
        });
        // Creating the threads now (one task each) makes ids() complete before the first run.
        CountDownLatch all = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            executor.execute(() -> {
                all.countDown();
                awaitQuietly(all);
            });
        }
        all.await();
        synchronized (started) {
            this.threads = List.copyOf(started);
        }
    }

    /** The threads' ids. */
    public long[] ids() {
        return threads.stream().mapToLong(WorkerThreads::id).toArray();
    }

    /** How many threads there are. */
    public int size() {
        return threads.size();
    }

    /**
     * Runs {@code task.accept(i)} for i = 0 … {@code count}-1, each on its own thread of this
     * set, all released together by a start gate, and waits for all of them.
     *
     * @param count how many threads take part, at most {@link #size()}
     * @return nanoseconds from opening the gate to the last task finishing
     */
    public long run(int count, IntConsumer task) throws InterruptedException {
        if (count < 1 || count > threads.size()) {
            throw new IllegalArgumentException("count must be in [1, " + threads.size() + "], was " + count);
        }
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int worker = i;
            done.add(executor.submit(() -> {
                ready.countDown();
                awaitQuietly(go);
                task.accept(worker);
            }));
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        for (Future<?> f : done) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a worker failed", e.getCause());
            }
        }
        return System.nanoTime() - start;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    @SuppressWarnings("deprecation") // Thread.getId(): threadId() is JDK 19+, and equal to it
    private static long id(Thread t) {
        return t.getId();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
