package io.poolson.serializer.jackson.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Runs tasks on virtual threads, which the {@code --release 17} API cannot name: JDK 21+ only. */
public final class VirtualThreads {
    /*
     * How many started tasks may be unfinished at once. Starting a million virtual threads in a
     * loop outruns two carriers by far, and a virtual thread that unmounts mid-task (since JDK 24
     * it does when it waits for a monitor, e.g. Jackson building its read-only serializer map)
     * is queued behind every thread started meanwhile: on a loaded machine 31 and 692 tasks were
     * seen waiting for seconds in the middle of a write, each holding a recycler (a thread dump
     * showed them RUNNABLE, unmounted), so the pool rightly made that many. A service starts
     * threads as requests arrive, not a million at once; the window keeps the test about the
     * pool, not about the scheduler's backlog. It also keeps the queued threads' memory small.
     * The starting thread polls a count rather than waiting on a semaphore: a release that had to
     * wake it would cost every task an unpark, and doubled the million-write test's time.
     */
    static final int MAX_UNFINISHED = 10_000;

    private VirtualThreads() {
    }

    /**
     * Runs {@code task} once per index in {@code [0, tasks)}, each on its own virtual thread, and
     * rethrows the first failure; at most {@link #MAX_UNFINISHED} of them started and unfinished at
     * once. Skips the calling test (JUnit assumption) below JDK 21.
     */
    public static void runEach(int tasks, IndexedTask task) throws Exception {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads need JDK 21+");
        ExecutorService ex = (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicInteger finished = new AtomicInteger();
        for (int i = 0; i < tasks; i++) {
            int index = i;
            while (i - finished.get() >= MAX_UNFINISHED) {
                Thread.sleep(1);
            }
            ex.execute(() -> {
                try {
                    task.run(index);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    finished.incrementAndGet();
                }
            });
        }
        ex.shutdown();
        if (!ex.awaitTermination(5, TimeUnit.MINUTES)) {
            throw new AssertionError("virtual-thread tasks did not finish in 5 minutes");
        }
        if (failure.get() != null) {
            throw new AssertionError("a virtual-thread task failed", failure.get());
        }
    }

    /** A task that knows its index. */
    @FunctionalInterface
    public interface IndexedTask {
        void run(int index) throws Exception;
    }
}
