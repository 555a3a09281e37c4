package io.poolson.bench.report;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

/**
 * Takes {@link Usage} snapshots for a fixed set of threads: their allocated bytes from HotSpot's
 * {@link com.sun.management.ThreadMXBean#getThreadAllocatedBytes(long[])}, which counts every byte
 * of every TLAB and outside-TLAB allocation of a thread, and the collectors' counts and times from
 * {@link GarbageCollectorMXBean}s. Allocation is counted per thread, not per JVM, so the
 * report's own bookkeeping on other threads (the GC clock, the JIT) is not charged to a contender.
 *
 * <p>Thread-safe; the thread set is fixed at construction (threads must be alive when measured:
 * a terminated thread reports nothing).
 */
public final class Meter {

    private static final com.sun.management.ThreadMXBean THREADS = threadBean();
    private static final List<GarbageCollectorMXBean> COLLECTORS = ManagementFactory.getGarbageCollectorMXBeans();

    private final long[] threadIds;

    /** Measures the threads with these ids. */
    public Meter(long... threadIds) {
        this.threadIds = threadIds.clone();
    }

    /** Counters now. */
    public Usage snapshot() {
        long allocated = 0;
        for (long b : THREADS.getThreadAllocatedBytes(threadIds)) {
            allocated += Math.max(0, b);
        }
        long nanos = System.nanoTime();
        return new Usage(allocated, gcCount(), gcMillis(), nanos);
    }

    /** Bytes the calling thread has allocated since it started. */
    public static long currentThreadAllocatedBytes() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }

    /** Collections so far, all collectors. */
    public static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean gc : COLLECTORS) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    /** Accumulated collection time so far, all collectors, in milliseconds. */
    public static long gcMillis() {
        long n = 0;
        for (GarbageCollectorMXBean gc : COLLECTORS) {
            n += Math.max(0, gc.getCollectionTime());
        }
        return n;
    }

    /** The names of the running collectors, e.g. {@code [G1 Young Generation, G1 Old Generation]}. */
    public static List<String> collectorNames() {
        return COLLECTORS.stream().map(GarbageCollectorMXBean::getName).toList();
    }

    @Override
    public String toString() {
        return "Meter" + Arrays.toString(threadIds);
    }

    private static com.sun.management.ThreadMXBean threadBean() {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean)) {
            throw new IllegalStateException("this JVM has no com.sun.management.ThreadMXBean: "
                    + "per-thread allocation cannot be measured");
        }
        if (!bean.isThreadAllocatedMemorySupported()) {
            throw new IllegalStateException("this JVM cannot measure per-thread allocation");
        }
        bean.setThreadAllocatedMemoryEnabled(true);
        return bean;
    }
}
