package io.poolson.bench.report;

/**
 * Cumulative resource counters at one instant, as Go's {@code runtime.MemStats} gives
 * {@code TotalAlloc} and {@code NumGC}: bytes allocated by the measured threads, garbage
 * collections and their accumulated time (all collectors), and a monotonic clock. Subtract two
 * with {@link #minus} to get what happened in between. Taken by {@link Meter}; immutable.
 *
 * @param allocatedBytes bytes allocated on the heap by the measured threads since they started
 * @param gcCount        collections so far, summed over every {@code GarbageCollectorMXBean}
 * @param gcMillis       accumulated collection time so far, in milliseconds, summed likewise
 * @param nanos          {@link System#nanoTime()} when taken
 */
public record Usage(long allocatedBytes, long gcCount, long gcMillis, long nanos) {

    /** What happened between {@code before} and this. */
    public Usage minus(Usage before) {
        return new Usage(allocatedBytes - before.allocatedBytes, gcCount - before.gcCount,
                gcMillis - before.gcMillis, nanos - before.nanos);
    }
}
