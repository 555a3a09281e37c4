package io.poolson.serializer.jackson.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** Runs tasks on virtual threads, which the {@code --release 17} API cannot name: JDK 21+ only. */
public final class VirtualThreads {
    private VirtualThreads() {
    }

    /**
     * Runs {@code task} once per index in {@code [0, tasks)}, each on its own virtual thread, and
     * rethrows the first failure. Skips the calling test (JUnit assumption) below JDK 21.
     */
    public static void runEach(int tasks, IndexedTask task) throws Exception {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads need JDK 21+");
        ExecutorService ex = (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int i = 0; i < tasks; i++) {
            int index = i;
            ex.execute(() -> {
                try {
                    task.run(index);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
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
