package io.poolson.bench.soak;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Heap in use after full collections: what is still reachable, give or take the collector's slack. */
final class HeapGauge {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapGauge() {
    }

    /** Heap used after three {@code System.gc()}s, so objects freed by reference processing are gone too. */
    static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return used();
    }

    /** Heap used now, without collecting first. */
    static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    static long max() {
        return MEMORY.getHeapMemoryUsage().getMax();
    }
}
