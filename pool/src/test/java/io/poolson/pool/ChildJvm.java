package io.poolson.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Test helper: runs a {@code main} of the test classes in a new JVM (of the running JDK unless
 * told otherwise), for what
 * one JVM can only do once (start the process-wide GC clock) or only at launch (pick a collector).
 * The child reports {@code key=value} lines on its standard output.
 */
final class ChildJvm {
    private ChildJvm() {
    }

    /**
     * The child's {@code key=value} lines, or null if the JVM rejected one of {@code jvmOptions}
     * (a collector this JDK was built without); fails the test if the child fails otherwise or
     * runs over 90 s.
     */
    static Map<String, String> run(Path dir, Class<?> main, String... jvmOptions) throws IOException, InterruptedException {
        return run(Path.of(System.getProperty("java.home")), dir, main, jvmOptions);
    }

    /** {@link #run(Path, Class, String...)} on the Java runtime at {@code javaHome}. */
    static Map<String, String> run(Path javaHome, Path dir, Class<?> main, String... jvmOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-Xmx256m", "-cp", System.getProperty("java.class.path"), main.getName()));
        Path log = Files.createTempFile(dir, "child", ".txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "the child JVM did not finish in 90 s");
        String text = Files.readString(log, StandardCharsets.UTF_8);
        if (p.exitValue() != 0 && (text.contains("Unrecognized VM option") || text.contains("not supported"))) {
            return null;
        }
        assertEquals(0, p.exitValue(), () -> "the child JVM failed:\n" + text);
        Map<String, String> out = new HashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                out.put(line.substring(0, eq), line.substring(eq + 1).strip());
            }
        }
        return out;
    }
}
