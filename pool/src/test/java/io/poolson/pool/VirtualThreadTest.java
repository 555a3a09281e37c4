package io.poolson.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The seed's experiment on virtual threads (JDK 21+): 1,048,576 borrowers, yet only a handful
 * of objects, because nothing is pooled per thread. Compiled for Java 17, so the virtual-thread
 * executor is looked up reflectively and the test is skipped on older JDKs.
 */
class VirtualThreadTest {

    private static final int TASKS = 1 << 20;

    static ExecutorService virtualThreadPerTask() throws ReflectiveOperationException {
        return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
    }

    @Test
    void millionVirtualThreadsCreateFewObjects() throws Exception {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads need JDK 21+");
        Owned.Fixture f = new Owned.Fixture();
        ExecutorService ex = virtualThreadPerTask();
        for (int i = 0; i < TASKS; i++) {
            long token = i + 1;
            ex.execute(() -> f.cycle(token));
        }
        ex.shutdown();
        assertTrue(ex.awaitTermination(5, TimeUnit.MINUTES));
        PoolStats s = f.pool.stats();
        int bound = 16 * Runtime.getRuntime().availableProcessors();
        System.out.printf("virtual threads: %d tasks, %d objects created (bound %d), stats=%s%n",
                TASKS, f.created.size(), bound, s);
        assertEquals(0, f.violations.get());
        assertEquals(0, f.stillLent());
        assertTrue(f.created.size() <= bound, f.created.size() + " objects created for " + TASKS + " virtual threads");
    }

    @Test
    void aVirtualThreadNeverOwnsAStripe() throws Exception {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads need JDK 21+");
        Pool<StringBuilder> pool = Pool.builder(StringBuilder::new).stripes(1).withoutGcClock().build();
        StringBuilder x = new StringBuilder();
        boolean[] owned = new boolean[1];
        Object[] got = new Object[1];
        ExecutorService ex = virtualThreadPerTask();
        ex.submit(() -> {
            pool.put(x);
            owned[0] = pool.ownsHome(Thread.currentThread());
            got[0] = pool.get();
        }).get();
        ex.shutdown();
        assertTrue(!owned[0], "a virtual thread claimed the stripe");
        assertTrue(got[0] == x, "a virtual thread pools through the atomic slots");
        assertEquals(1, pool.stats().privateHits());
    }

    @Test
    void virtualThreadsThatHoldAcrossAYieldNeverShareAnObject() throws Exception {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads need JDK 21+");
        // Borrowers park while holding, so many are outstanding at once and stripes are shared.
        Owned.Fixture f = new Owned.Fixture();
        ExecutorService ex = virtualThreadPerTask();
        for (int i = 0; i < 100_000; i++) {
            long token = i + 1;
            ex.execute(() -> {
                Owned o = f.pool.get();
                if (!o.lent.compareAndSet(false, true)) {
                    f.violations.incrementAndGet();
                }
                Thread.yield();
                if (!o.lent.compareAndSet(true, false)) {
                    f.violations.incrementAndGet();
                }
                f.pool.put(o);
                f.cycle(token);
            });
        }
        ex.shutdown();
        assertTrue(ex.awaitTermination(5, TimeUnit.MINUTES));
        assertEquals(0, f.violations.get());
        assertEquals(0, f.stillLent());
    }
}
