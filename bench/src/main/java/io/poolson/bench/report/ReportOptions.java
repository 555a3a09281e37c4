package io.poolson.bench.report;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How big the report's experiments are and where the HTML goes. The full scale reproduces the
 * seeds' counts; the quick scale (argument {@code --quick}, or {@code -Dpoolson.report.quick=true})
 * shrinks every count so that a smoke test finishes in seconds. Immutable.
 *
 * @param quick               whether this is the reduced scale
 * @param singleCalls         seed 000's single-thread loop: calls (10,000)
 * @param threads             seed 000's concurrent run: threads (50)
 * @param callsPerThread      seed 000's concurrent run: calls per thread (20,000)
 * @param warmupCalls         calls per variant before measuring, so the JIT has compiled the code
 * @param tasks               seed 003's experiment: borrowing tasks (1,048,576)
 * @param platformThreads     threads standing in for virtual threads before JDK 21 (256)
 * @param agingObjects        objects put back in the victim-aging experiment
 * @param throughputWarmupMs  per contender and size, time spent warming up
 * @param throughputMeasureMs per contender and size, time measured
 * @param html                where the HTML page is written
 */
public record ReportOptions(boolean quick, int singleCalls, int threads, int callsPerThread, int warmupCalls,
                            int tasks, int platformThreads, int agingObjects, int throughputWarmupMs,
                            int throughputMeasureMs, Path html) {

    /** The HTML file's name, written next to the report's jar unless {@code --out} says otherwise. */
    public static final String HTML_NAME = "poolson-report.html";

    /** The seeds' counts. */
    public static ReportOptions full(Path html) {
        return new ReportOptions(false, 10_000, 50, 20_000, 200_000, 1 << 20, 256, 64, 400, 750, html);
    }

    /** Every count shrunk, for smoke tests. */
    public static ReportOptions quick(Path html) {
        return new ReportOptions(true, 1_000, 4, 1_000, 2_000, 10_000, 16, 64, 20, 50, html);
    }

    /**
     * Parses {@code [--quick] [--out FILE]}.
     *
     * @throws IllegalArgumentException on anything else
     */
    public static ReportOptions parse(String... args) {
        boolean quick = Boolean.getBoolean("poolson.report.quick");
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--out" -> {
                    if (i + 1 == args.length) {
                        throw new IllegalArgumentException("--out needs a file name");
                    }
                    out = Path.of(args[++i]);
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: java -jar poolson-report.jar [--quick] [--out FILE.html]");
            }
        }
        Path html = out != null ? out : defaultHtml();
        return quick ? quick(html) : full(html);
    }

    /** Beside the jar the report runs from (bench/target/), else in the working directory. */
    private static Path defaultHtml() {
        try {
            Path code = Path.of(Report.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code) && code.getParent() != null) {
                return code.getParent().resolve(HTML_NAME);
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no usable code source: fall through to the working directory
        }
        return Path.of(HTML_NAME);
    }
}
