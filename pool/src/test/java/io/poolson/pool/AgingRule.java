package io.poolson.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;

/**
 * Test helper for child JVMs ({@link ChildJvm}): the aging rule checked where the child runs and
 * reported as {@code key=value} lines, and the parent's assertions on that report. Uses nothing
 * outside {@code java.base} and JUnit's assertions (the latter only in the parent).
 */
final class AgingRule {
    private AgingRule() {
    }

    /** Waits, 20 s at most, until the GC clock's probe has chosen its source of ticks. */
    static void awaitClockProbe() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!GcClock.instance().probed() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    /** In the child: an object survives one collection and is gone after the second (System.gc()). */
    static void report(Pool<StringBuilder> pool) {
        StringBuilder kept = pool.get();
        pool.put(kept);
        Gc.rotations(pool, 1);
        System.out.println("survivedOne=" + (pool.get() == kept));
        StringBuilder aged = pool.get();
        pool.put(aged);
        Gc.rotations(pool, 2);
        System.out.println("idleAfterTwo=" + pool.idle());
        System.out.println("goneAfterTwo=" + (pool.get() != aged));
    }

    /** In the parent: what {@link #report} printed says the rule held. */
    static void assertHeld(Map<String, String> out) {
        assertEquals("true", out.get("survivedOne"), () -> "an object survives one collection: " + out);
        assertEquals("0", out.get("idleAfterTwo"), () -> "nothing is held after two collections: " + out);
        assertEquals("true", out.get("goneAfterTwo"), () -> "an object is gone after the second collection: " + out);
    }
}
