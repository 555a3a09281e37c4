package io.poolson.pool;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Test helper: drive real garbage collections until something observable happens. */
final class Gc {
    private Gc() {
    }

    /** Calls System.gc() until the condition holds; false if it never did within the timeout. */
    static boolean until(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            System.gc();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /**
     * Causes exactly {@code n} more rotations of the pool by the GC clock: one System.gc() at a
     * time, each followed by a wait for its tick, so no second collection overtakes the check
     * the caller makes next.
     */
    static void rotations(Pool<?> pool, int n) {
        for (int i = 0; i < n; i++) {
            long target = pool.stats().rotations() + 1;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (pool.stats().rotations() < target) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("GC clock did not rotate the pool within 30 s");
                }
                System.gc();
                long wait = System.nanoTime() + Duration.ofSeconds(1).toNanos();
                while (pool.stats().rotations() < target && System.nanoTime() < wait) {
                    Thread.onSpinWait();
                    sleepQuietly();
                }
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean collected(WeakReference<?> ref) {
        return until(() -> ref.get() == null, Duration.ofSeconds(30));
    }
}
