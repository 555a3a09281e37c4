package io.poolson.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pool ages at every collection of every collector the running JDK has, not only under the
 * default G1 the rest of the suite runs with: each case starts a JVM with one collector and runs
 * {@link CollectorAging} there. Garbage alone must rotate the pool (no {@code System.gc()}), never
 * more than once per collection and at no fewer than half of them (a collection that follows the
 * previous one before the Cleaner has re-armed its sentinel goes unseen; measured: 50 of 51 at
 * most), and an object must survive one collection and be gone after the second.
 *
 * <p>Generational ZGC (the only ZGC of JDK 24+) is the case a Cleaner alone failed: its minor
 * collections process no references, so the pool rotated at major cycles only (8 rotations for
 * 1,356 minor and 10 major cycles in 20 s); the clock ticks on GC notifications there
 * ({@link CycleNotifications}), and this test checks that it does.
 */
class CollectorAgingTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "G1, -XX:+UseG1GC, G1 Young Generation, false",
            "Parallel, -XX:+UseParallelGC, PS Scavenge, false",
            "Serial, -XX:+UseSerialGC, Copy, false",
            "ZGC (generational on JDK 21+ where it is the default or only mode), -XX:+UseZGC, ZGC, ",
            "Shenandoah, -XX:+UseShenandoahGC, Shenandoah Cycles, false",
    })
    void agesAtEveryCollection(String name, String flag, String bean, Boolean notifications) throws Exception {
        Map<String, String> out = ChildJvm.run(dir, CollectorAging.class, flag);
        assumeTrue(out != null, () -> name + " is not in this JVM");
        assertTrue(out.get("collectors").contains(bean), () -> "not running " + name + ": " + out);
        assertEquals("true", out.get("probed"), "the clock's probe decided within 20 s");
        boolean generationalZgc = out.get("collectors").contains("ZGC Minor Cycles");
        assertEquals(notifications != null ? notifications : generationalZgc,
                Boolean.parseBoolean(out.get("notifications")), () -> "clock source: " + out);

        long rotations = Long.parseLong(out.get("rotations"));
        long collections = Long.parseLong(out.get("collections"));
        assertTrue(rotations >= CollectorAging.ROTATIONS, () -> "garbage alone rotated the pool too rarely: " + out);
        assertTrue(rotations <= collections, () -> "more rotations than collections: " + out);
        assertTrue(rotations * 2 >= collections, () -> "the clock missed most collections: " + out);

        assertEquals("true", out.get("quiet"), () -> "collections went on after the garbage stopped: " + out);
        AgingRule.assertHeld(out);
    }

    /**
     * The clock rotates the pool from another thread while it is in use: under ZGC, concurrent
     * with the program, and under generational ZGC from the JVM's notification thread rather than
     * the Cleaner's. Four threads borrow and return ownership-checked objects while garbage and a
     * {@code System.gc()} every 20 ms make the clock rotate the pool 50 times: nothing lent twice,
     * nothing left lent.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"ZGC, -XX:+UseZGC", "Shenandoah, -XX:+UseShenandoahGC"})
    void lendsNothingTwiceWhileTheClockTicks(String name, String flag) throws Exception {
        Map<String, String> out = ChildJvm.run(dir, CollectorStress.class, flag);
        assumeTrue(out != null, () -> name + " is not in this JVM");
        assertEquals("0", out.get("errors"), () -> "a borrower failed: " + out);
        assertEquals("0", out.get("violations"), () -> "an object was lent to two borrowers at once: " + out);
        assertEquals("0", out.get("stillLent"), () -> "an object stayed marked as lent: " + out);
        assertTrue(Long.parseLong(out.get("rotations")) >= CollectorStress.ROTATIONS,
                () -> "the clock rotated the pool too rarely under the borrowers: " + out);
    }
}
