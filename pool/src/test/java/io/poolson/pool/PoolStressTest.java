package io.poolson.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Many platform threads, millions of borrow/return cycles, with real collections and explicit
 * rotations and clears racing them: no object is ever held by two borrowers, none stays lent.
 */
class PoolStressTest {

    private static final int THREADS = 8;
    private static final int CYCLES = 1_000_000;

    @Test
    void eightThreadsMillionCyclesEachWithConcurrentGc() throws Exception {
        Owned.Fixture f = new Owned.Fixture();
        long gcs = runWithDisturbance(f, () -> System.gc(), 20);
        report("gc", f, gcs);
    }

    @Test
    void eightThreadsWithRotationAndClearRacing() throws Exception {
        // More stripes' worth of traffic on fewer stripes: threads share stripes on purpose.
        Owned.Fixture f = new Owned.Fixture(b -> b.stripes(2).sharedCapacity(2));
        long[] n = {0};
        long disturbances = runWithDisturbance(f, () -> {
            if ((n[0]++ & 7) == 0) {
                f.pool.clear();
            } else {
                f.pool.rotate();
            }
        }, 0);
        report("rotate/clear", f, disturbances);
    }

    @Test
    void ownersComeAndGoWhileRotationsHandTheirStripesOn() throws Exception {
        // Two stripes, waves of short-lived platform threads: each wave's first threads own the
        // stripes their dead predecessors held, once a rotation has seen those die.
        Owned.Fixture f = new Owned.Fixture(b -> b.stripes(2).sharedCapacity(1));
        AtomicBoolean done = new AtomicBoolean();
        long[] rotations = {0};
        Thread rotator = new Thread(() -> {
            while (!done.get()) {
                f.pool.rotate();
                rotations[0]++;
                Thread.yield();
            }
        }, "rotator");
        rotator.start();
        java.util.concurrent.atomic.AtomicInteger laterWaveOwners = new java.util.concurrent.atomic.AtomicInteger();
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        int waves = 20;
        for (int wave = 0; wave < waves; wave++) {
            List<Thread> workers = new ArrayList<>();
            int w0 = wave;
            for (int t = 0; t < 4; t++) {
                long token = wave * 4L + t + 1;
                Thread w = new Thread(() -> {
                    try {
                        for (int i = 0; i < 50_000; i++) {
                            f.cycle(token);
                        }
                        if (w0 > 0 && f.pool.ownsHome(Thread.currentThread())) {
                            laterWaveOwners.incrementAndGet();
                        }
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                });
                workers.add(w);
                w.start();
            }
            for (Thread w : workers) {
                w.join();
            }
        }
        done.set(true);
        rotator.join();
        assertTrue(errors.isEmpty(), () -> "worker failed: " + errors);
        System.out.printf("stress[owners]: %d waves x 4 threads x 50000 cycles, %d rotations, %d later-wave owners, %d objects created, violations=%d%n",
                waves, rotations[0], laterWaveOwners.get(), f.created.size(), f.violations.get());
        assertEquals(0, f.violations.get(), "an object was lent to two borrowers at once");
        assertEquals(0, f.stillLent(), "an object stayed marked as lent");
        assertTrue(laterWaveOwners.get() > 0, "no stripe was ever handed from a dead owner to a new thread");
    }

    /** Runs THREADS × CYCLES cycles while another thread repeats {@code disturb}; returns how often it did. */
    private static long runWithDisturbance(Owned.Fixture f, Runnable disturb, long pauseMillis) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long token = t + 1;
            Thread w = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < CYCLES; i++) {
                        f.cycle(token);
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            }, "stress-" + t);
            workers.add(w);
            w.start();
        }
        AtomicBoolean done = new AtomicBoolean();
        long[] count = {0};
        Thread disturber = new Thread(() -> {
            while (!done.get()) {
                disturb.run();
                count[0]++;
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "disturber");
        disturber.start();
        start.countDown();
        for (Thread w : workers) {
            w.join();
        }
        done.set(true);
        disturber.join();
        assertTrue(errors.isEmpty(), () -> "worker failed: " + errors);
        return count[0];
    }

    private static void report(String what, Owned.Fixture f, long disturbances) {
        PoolStats s = f.pool.stats();
        System.out.printf("stress[%s]: %d threads x %d cycles, %d disturbances, %d objects created, violations=%d, stats=%s%n",
                what, THREADS, CYCLES, disturbances, f.created.size(), f.violations.get(), s);
        assertEquals(0, f.violations.get(), "an object was lent to two borrowers at once");
        assertEquals(0, f.stillLent(), "an object stayed marked as lent");
        assertTrue(disturbances > 0, "the disturbing thread must actually have run");
        assertTrue(f.pool.idle() <= f.pool.capacity(), "the pool never holds more than its bound");
    }
}
