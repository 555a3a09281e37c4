package io.poolson.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs every jcstress scenario of this module in the mode the build asks for and fails the build
 * on any forbidden outcome, test error, or scenario that did not run.
 *
 * <p>System properties (the pom sets the first three): {@code jcstress.workDir}, where jcstress
 * runs and writes; {@code jcstress.mode}, its {@code -m} preset; {@code jcstress.args}, further
 * options, whitespace-separated; {@code jcstress.filter}, a regexp selecting some scenarios
 * (default: all of them); {@code jcstress.timeoutMinutes} (default 30).
 */
class JcstressScenariosTest {

    private static final String PACKAGE = "io.poolson.pool";

    @Test
    void noScenarioObservesAForbiddenOutcome() throws Exception {
        // jcstress's -t: a regexp found in the test name; the build's scenarios are the default.
        String filter = System.getProperty("jcstress.filter", "").isBlank()
                ? "^" + Pattern.quote(PACKAGE + ".")
                : System.getProperty("jcstress.filter");
        Set<String> scenarios = JcstressVerdict.testsIn(PACKAGE, Pattern.compile(filter));
        assertFalse(scenarios.isEmpty(), "no jcstress test in " + PACKAGE + " matches " + filter
                + " (or the annotation processor did not run)");

        Path workDir = Path.of(required("jcstress.workDir"));
        List<String> args = new ArrayList<>(List.of("-m", required("jcstress.mode"), "-t", filter));
        String extra = System.getProperty("jcstress.args", "").trim();
        if (!extra.isEmpty()) {
            args.addAll(Arrays.asList(extra.split("\\s+")));
        }
        long timeoutMinutes = Long.getLong("jcstress.timeoutMinutes", 30);

        long start = System.nanoTime();
        JcstressLauncher.Run run = new JcstressLauncher(workDir).run(args, timeoutMinutes);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        assertEquals(0, run.exitCode(), () -> "jcstress exited with " + run.exitCode() + "; log " + run.log() + ":\n" + tail(run.log()));
        assertEquals(1, run.blobs().size(), () -> "expected one result blob, found " + run.blobs() + "; log:\n" + tail(run.log()));
        JcstressVerdict verdict = JcstressVerdict.read(run.blobs().get(0), scenarios);
        System.out.printf("jcstress %s in %d s (log %s, report %s):%n%s", args, seconds, run.log(),
                workDir.resolve("results/index.html"), verdict.summary());
        assertTrue(verdict.failures().isEmpty(), () -> "jcstress failures:\n  " + String.join("\n  ", verdict.failures()));
    }

    private static String required(String property) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (the module's pom sets it)");
        }
        return v;
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (Exception e) {
            return "(log unreadable: " + e + ")";
        }
    }
}
