package io.poolson.pool;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.openjdk.jcstress.infra.Status;
import org.openjdk.jcstress.infra.collectors.DiskReadCollector;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.grading.TestGrading;
import org.openjdk.jcstress.infra.runners.TestList;

/**
 * The verdict on one jcstress result blob, read with jcstress's own reader and grading (what its
 * {@code -p} option uses): which tests ran how often, and every failure.
 *
 * <p>A failure is any run (test × VM configuration) whose status is not normal (a test, VM or
 * timeout error, or an API mismatch, which jcstress itself skips silently), any observed outcome
 * graded forbidden, any expected test without a run, and any test that produced no samples.
 * Immutable once read.
 */
final class JcstressVerdict {

    private final Map<String, Map<String, Long>> samplesByTest = new TreeMap<>();
    private final Map<String, Integer> runsByTest = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();

    private JcstressVerdict() {
    }

    /** Reads {@code blob} and judges it against {@code expectedTests}. */
    static JcstressVerdict read(Path blob, Collection<String> expectedTests) throws IOException, ClassNotFoundException {
        InProcessCollector collector = new InProcessCollector();
        DiskReadCollector reader = new DiskReadCollector(blob.toString(), collector);
        try {
            reader.dump();
        } finally {
            reader.close();
        }
        JcstressVerdict v = new JcstressVerdict();
        for (TestResult r : collector.getTestResults()) {
            v.add(r);
        }
        for (String test : expectedTests) {
            if (!v.runsByTest.containsKey(test)) {
                v.failures.add(test + ": did not run");
            } else if (v.samplesByTest.getOrDefault(test, Map.of()).values().stream().mapToLong(Long::longValue).sum() == 0) {
                v.failures.add(test + ": produced no samples");
            }
        }
        return v;
    }

    /** The jcstress tests this class path declares in {@code pkg} whose names {@code filter} finds, as jcstress's -t does. */
    static Set<String> testsIn(String pkg, Pattern filter) {
        Set<String> tests = new TreeSet<>();
        for (String t : TestList.tests()) {
            if (t.startsWith(pkg + ".") && filter.matcher(t).find()) {
                tests.add(t);
            }
        }
        return tests;
    }

    private void add(TestResult r) {
        String label = r.getName() + " " + r.getConfig().jvmArgs;
        runsByTest.merge(r.getName(), 1, Integer::sum);
        if (r.status() != Status.NORMAL) {
            failures.add(label + ": " + r.status() + " " + r.getMessages() + " " + r.getVmErr());
            return;
        }
        Map<String, Long> samples = samplesByTest.computeIfAbsent(r.getName(), k -> new TreeMap<>());
        for (String state : r.getStateKeys()) {
            samples.merge(state, r.getCount(state), Long::sum);
        }
        TestGrading g = r.grading();
        if (!g.isPassed) {
            for (String msg : g.failureMessages) {
                failures.add(label + ": " + msg);
            }
        }
    }

    List<String> failures() {
        return failures;
    }

    /** One line per test: runs, and samples per observed outcome across all runs. */
    String summary() {
        StringBuilder sb = new StringBuilder();
        runsByTest.forEach((test, runs) -> sb.append(String.format("%-55s %2d runs  %s%n",
                test, runs, samplesByTest.getOrDefault(test, Map.of()))));
        return sb.toString();
    }
}
