package io.poolson.serializer.jackson.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/** Runs a task on several platform threads at once, for the load scenarios. */
public final class PlatformThreads {
    private PlatformThreads() {
    }

    /**
     * Runs {@code task} once per index in {@code [0, threads)}, each on its own platform thread,
     * all released at the same moment, and rethrows the first failure once all have ended.
     */
    public static void runEach(int threads, VirtualThreads.IndexedTask task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            Thread w = new Thread(() -> {
                try {
                    start.await();
                    task.run(index);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            w.start();
            workers.add(w);
        }
        start.countDown();
        for (Thread w : workers) {
            w.join();
        }
        if (failure.get() != null) {
            throw new AssertionError("a platform thread failed", failure.get());
        }
    }
}
