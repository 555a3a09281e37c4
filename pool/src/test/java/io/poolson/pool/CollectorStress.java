package io.poolson.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The child JVM of {@link CollectorAgingTest#lendsNothingTwiceWhileTheClockTicks}: ownership-checked
 * borrow and return cycles ({@link Owned}) on four threads, until the pool has rotated {@link #ROTATIONS} times, while garbage and {@code System.gc()}
 * make the collector run and the GC clock rotate the pool from its own thread (under generational
 * ZGC, the JVM's notification thread). Prints {@code key=value} lines.
 */
public final class CollectorStress {
    static final int ROTATIONS = 50;
    private static volatile Object sink;

    private CollectorStress() {
    }

    public static void main(String[] args) throws Exception {
        Owned.Fixture f = new Owned.Fixture();
        AtomicBoolean done = new AtomicBoolean();
        Thread collector = new Thread(() -> {
            long last = System.nanoTime();
            while (!done.get()) {
                for (int i = 0; i < 1000; i++) {
                    sink = new byte[1024];
                }
                if (System.nanoTime() - last > 20_000_000L) {
                    System.gc();
                    last = System.nanoTime();
                }
            }
        }, "garbage");
        List<Thread> workers = new ArrayList<>();
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicLong cycles = new java.util.concurrent.atomic.AtomicLong();
        for (int t = 0; t < 4; t++) {
            long token = t + 1;
            workers.add(new Thread(() -> {
                try {
                    long n = 0;
                    while (!done.get()) {
                        f.cycle(token);
                        n++;
                    }
                    cycles.addAndGet(n);
                } catch (Throwable e) {
                    errors.add(e);
                }
            }, "borrower-" + t));
        }
        long rotationsBefore = f.pool.stats().rotations();
        collector.start();
        workers.forEach(Thread::start);
        // Until the clock has rotated the pool under the borrowers' feet many times, 30 s at most.
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (f.pool.stats().rotations() - rotationsBefore < ROTATIONS && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        done.set(true);
        for (Thread w : workers) {
            w.join();
        }
        collector.join();
        System.out.println("errors=" + errors.size());
        System.out.println("cycles=" + cycles.get());
        System.out.println("violations=" + f.violations.get());
        System.out.println("stillLent=" + f.stillLent());
        System.out.println("rotations=" + (f.pool.stats().rotations() - rotationsBefore));
        System.out.println("notifications=" + GcClock.instance().ticksOnNotifications());
    }
}
