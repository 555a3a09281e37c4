package io.poolson.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GC clock asks {@code java.management} which collector runs; a runtime image made with
 * {@code jlink} may not have it. On such a runtime (linked here with {@code java.base} alone, from
 * the JDK's {@code jmods}, or from the JDK itself where jlink can, as Temurin 25's) the probe gives
 * up quietly and the Cleaner goes on ageing pools: an object survives one collection and is gone
 * after the second. Skipped where jlink cannot link a runtime.
 */
class GcClockWithoutManagementTest {

    @TempDir
    Path dir;

    @Test
    void theCleanerAgesPoolsOnARuntimeWithoutJavaManagement() throws Exception {
        Path jdk = Path.of(System.getProperty("java.home"));
        Path runtime = dir.resolve("java-base-only");
        Process jlink = new ProcessBuilder(jdk.resolve("bin").resolve("jlink").toString(),
                "--add-modules", "java.base", "--output", runtime.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("jlink.txt").toFile()).start();
        assumeTrue(jlink.waitFor(120, TimeUnit.SECONDS) && jlink.exitValue() == 0,
                () -> "jlink could not make a runtime: " + read(dir.resolve("jlink.txt")));

        Map<String, String> out = ChildJvm.run(runtime, dir, ClockWithoutManagement.class);

        assertEquals("false", out.get("management"), () -> "the runtime was to lack java.management: " + out);
        assertEquals("true", out.get("probed"), () -> "the probe must give up, not hang: " + out);
        assertEquals("[]", out.get("uncaught"), () -> "the probe must give up quietly: " + out);
        assertEquals("false", out.get("notifications"), () -> "the Cleaner keeps the clock: " + out);
        AgingRule.assertHeld(out);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
