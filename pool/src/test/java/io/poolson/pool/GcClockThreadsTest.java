package io.poolson.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GC clock's threads live as long as the JVM, and whichever thread builds the first pool
 * makes them: they must not keep what that thread carries (an inheritable thread-local, a context
 * class loader) reachable. Run in a new JVM ({@link ClockThreadsInheritance}), since the clock
 * starts once per JVM.
 */
class GcClockThreadsTest {

    @TempDir
    Path dir;

    @Test
    void clockThreadsInheritNothingFromTheFirstPoolsThread() throws Exception {
        Map<String, String> out = ChildJvm.run(dir, ClockThreadsInheritance.class);

        assertEquals("true", out.get("contextCollected"), () -> "an inheritable thread-local outlived its thread's use: " + out);
        assertEquals("true", out.get("loaderCollected"), () -> "a context class loader outlived its thread's use: " + out);
        assertEquals("true", out.get("poolson-gc-clock.daemon"), () -> "the Cleaner thread: " + out);
        assertEquals("null", out.get("poolson-gc-clock.contextLoader"), () -> "the Cleaner thread: " + out);
    }
}
