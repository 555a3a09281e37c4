package io.poolson.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForkMediansTest {

    /** The shape of JMH's output with -prof gc: warm-up lines, profiler lines, two parameter sets. */
    private static final List<String> OUTPUT = List.of(
            "# JMH version: 1.37",
            "# Threads: 1 thread, will synchronize iterations",
            "# Benchmark: io.poolson.bench.jackson.JacksonModuleBenchmark.jackson2Bytes",
            "# Parameters: (payload = 10)",
            "# Run progress: 0.00% complete",
            "# Fork: 1 of 3",
            "# Warmup Iteration   1: 999.0 ns/op",
            "Iteration   1: 100.0 ns/op",
            "                 gc.alloc.rate:      5000.0 MB/sec",
            "Iteration   2: 110.0 ns/op",
            "# Fork: 2 of 3",
            "Iteration   1: 300.0 ns/op",
            "Iteration   2: 300.0 ns/op",
            "# Fork: 3 of 3",
            "Iteration   1: 120.0 ns/op",
            "Iteration   2: 120.0 ns/op",
            "# Benchmark: io.poolson.bench.jackson.JacksonModuleBenchmark.jackson2Bytes",
            "# Parameters: (payload = mixed)",
            "# Fork: 1 of 1",
            "Iteration   1: 1000.0 ns/op",
            "# Threads: 1 thread, will synchronize iterations",
            "# Benchmark: io.poolson.bench.jackson.JacksonModuleBenchmark.jackson2BytesModule",
            "# Parameters: (payload = 10)",
            "# Fork: 1 of 2",
            "Iteration   1: 70.0 ns/op",
            "# Fork: 2 of 2",
            "Iteration   1: 90.0 ns/op",
            "Result \"io.poolson.bench.jackson.JacksonModuleBenchmark.jackson2BytesModule\":",
            "  80.0 ±(99.9%) 1.0 ns/op [Average]");

    @Test
    void eachForkIsTheMeanOfItsMeasuredIterationsAndTheMedianIsTheMiddleFork() {
        List<ForkMedians.Series> series = ForkMedians.parse(OUTPUT);
        assertEquals(3, series.size());
        ForkMedians.Series ten = series.get(0);
        assertEquals("JacksonModuleBenchmark.jackson2Bytes", ten.benchmark());
        assertEquals("payload = 10", ten.parameters());
        assertEquals("ns/op", ten.unit());
        // Warm-up and profiler lines do not count; fork means sorted: 105, 120, 300.
        assertArrayEquals(new double[] {105, 120, 300}, ten.forkMeans(), 1e-9);
        assertEquals(120, ten.median(), 1e-9);
        assertEquals("payload = mixed", series.get(1).parameters());
        assertEquals(1000, series.get(1).median(), 1e-9);
        // An even number of forks: the mean of the middle two.
        assertEquals(80, series.get(2).median(), 1e-9);
    }

    @Test
    void pairsAreMatchedBySuffixAtTheSameParameters() {
        String text = ForkMedians.describe(ForkMedians.parse(OUTPUT), "Module");
        assertTrue(text.contains("JacksonModuleBenchmark.jackson2Bytes (payload = 10; 1 thread): median 120.0 / 80.0 = 1.50x"), text);
        // The mixed payload has no module series in this output: no ratio for it.
        assertEquals(1, text.split("x\\R", -1).length - 1, text);
    }

    @Test
    void anIterationOutsideAForkIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> ForkMedians.parse(List.of("Iteration   1: 1.0 ns/op")));
    }

    /** The README's 10-entry "median fork" figures are this computation over the kept raw output. */
    @Test
    void theReadmesMedianForkRatiosComeFromTheKeptOutput() throws IOException {
        Path kept = Path.of("results", "jdk25-jackson-2026-12-01-module-10-10forks-94fcd99.txt");
        String text = ForkMedians.describe(ForkMedians.parse(Files.readAllLines(kept)), "Module");
        for (String ratio : new String[] {"jackson2Stream (payload = 10; 1 thread): median 263.4 / 176.1 = 1.50x",
                "jackson3Bytes (payload = 10; 1 thread): median 321.3 / 215.0 = 1.49x",
                "jackson3Stream (payload = 10; 1 thread): median 258.9 / 187.5 = 1.38x"}) {
            assertTrue(text.contains(ratio), ratio + " missing from:\n" + text);
        }
        assertTrue(text.contains("JacksonModuleBenchmark.jackson2Bytes (payload = 10; 1 thread): median 275.2 / 182.2 = 1.51x"), text);
    }
}
