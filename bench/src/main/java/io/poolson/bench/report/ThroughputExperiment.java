package io.poolson.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.poolson.bench.serializer.QuickContenders;
import io.poolson.bench.serializer.QuickContenders.Contender;

/**
 * Section 4: a quick, indicative side-by-side of time per call and bytes allocated per call against
 * Jackson 2 (without and with {@code PoolsonModule}), fastjson2 and DSL-JSON, on integer maps of 10 and 1000 entries, one thread. The calls
 * are the JMH suite's own benchmark methods ({@link QuickContenders}), checked for Jackson 2's
 * output first; each is warmed up, then run in a timed loop. Short loops on a shared machine are
 * no substitute for JMH (forks, iterations, error bars): the section prints the JMH command for
 * real figures. Runs on the calling thread; not thread-safe.
 */
public final class ThroughputExperiment {

    /** The JMH run that measures the same contenders properly. */
    public static final String JMH_COMMAND = "java -jar bench/target/benchmarks.jar "
            + "'JsonStringBenchmark|JsonStreamBenchmark' -p payload=10,1000 -prof gc";
    /** Colour of the module's bars: Jackson with poolson inside is neither Jackson's red nor poolson's green. */
    private static final int MODULE_SERIES = 7;

    private static final int[] SIZES = {10, 1000};
    /** A batch of calls between clock reads should take at least this long, so reading the clock costs nothing. */
    private static final long BATCH_NANOS = 200_000;
    /** Measured rounds per contender and size; the fastest is reported. */
    private static final int ROUNDS = 5;

    /** One contender's figures at one size. */
    private record Result(int size, Contender contender, long calls, long nanos, long bytes) {
        double nanosPerCall() {
            return Format.ratio(nanos, calls);
        }

        double bytesPerCall() {
            return Format.ratio(bytes, calls);
        }
    }

    private ThroughputExperiment() {
    }

    /** Runs the experiment and describes it. */
    public static Section run(ReportOptions options, Progress progress) {
        List<Result> results = new ArrayList<>();
        for (int size : SIZES) {
            for (Contender c : QuickContenders.onIntMap(size)) {
                progress.step("throughput: size " + size + ", " + c.name());
                results.add(measure(size, c, options));
            }
        }
        return describe(options, results);
    }

    private static Result measure(int size, Contender c, ReportOptions options) {
        long sink = 0;
        int batch = 1;
        long warmupEnd = System.nanoTime() + options.throughputWarmupMs() * 1_000_000L;
        while (System.nanoTime() < warmupEnd) {
            long t = System.nanoTime();
            sink += batch(c, batch);
            if (System.nanoTime() - t < BATCH_NANOS && batch < 1 << 20) {
                batch <<= 1;
            }
        }
        // The fastest of several rounds: other processes on a shared machine only ever slow a
        // round down, so the fastest is the least disturbed.
        Result best = null;
        long roundNanos = options.throughputMeasureMs() * 1_000_000L / ROUNDS;
        for (int round = 0; round < ROUNDS; round++) {
            long calls = 0;
            long bytes0 = Meter.currentThreadAllocatedBytes();
            long start = System.nanoTime();
            long end = start + roundNanos;
            long now;
            do {
                sink += batch(c, batch);
                calls += batch;
                now = System.nanoTime();
            } while (now < end);
            long bytes = Meter.currentThreadAllocatedBytes() - bytes0;
            Result r = new Result(size, c, calls, now - start, bytes);
            if (best == null || r.nanosPerCall() < best.nanosPerCall()) {
                best = r;
            }
        }
        if (sink == 0) {
            throw new IllegalStateException(c.name() + " produced nothing");
        }
        return best;
    }

    private static long batch(Contender c, int n) {
        long acc = 0;
        for (int i = 0; i < n; i++) {
            acc += c.call().run();
        }
        return acc;
    }

    private static Section describe(ReportOptions options, List<Result> results) {
        List<Block> blocks = new ArrayList<>();
        if (options.quick()) {
            // --quick's times swing either way from run to run: poolson's writeTo of 10 entries came
            // out 9x slower than fastjson2's in one run and 5x faster in the next, 1.7x faster at full
            // scale (bench/results/report-quick-vs-full-2026-12-01.txt). They follow the JIT, not the code.
            blocks.add(new Block.Paragraph("--quick: " + options.throughputWarmupMs() + " ms of warm-up is too short "
                    + "for the JIT to compile the contenders, so the times below say which code happened to be "
                    + "compiled first, not which library is faster. Run the report without --quick for the "
                    + "indicative figures, or the JMH command below for real ones."));
        }
        blocks.add(new Block.Paragraph("INDICATIVE ONLY: one thread, " + options.throughputWarmupMs() + " ms warm-up, then "
                + "the fastest of " + ROUNDS + " rounds of " + options.throughputMeasureMs() / ROUNDS + " ms per contender "
                + "and size, in one JVM, on a possibly busy machine. The calls are the JMH suite's benchmark methods on a HashMap<String,Integer> "
                + "(\"key\"+i → i), each checked to write Jackson 2's output first (and \"" + QuickContenders.MODULE
                + "\", the same mapper with the module registered, to have been written by poolson); bytes/call is what the "
                + "calling thread allocated (ThreadMXBean) divided by calls. For real figures run: " + JMH_COMMAND));
        for (int size : SIZES) {
            Table.Builder table = Table.builder("Map of " + size + " entries", "contender", "ns/call",
                    "bytes/call", "vs poolson (time)", "JMH benchmark");
            BarChart.Builder time = BarChart.builder("Time per call, map of " + size + " entries (lower is better)", "ns");
            BarChart.Builder bytes = BarChart.builder("Bytes allocated per call, map of " + size + " entries", "B");
            for (QuickContenders.Output output : QuickContenders.Output.values()) {
                String group = output == QuickContenders.Output.STRING ? "to a String" : "to an OutputStream";
                time.group(group);
                bytes.group(group);
                double poolson = poolsonNanos(results, size, output);
                for (Result r : results) {
                    if (r.size() != size || r.contender().output() != output) {
                        continue;
                    }
                    int series = series(r.contender().name());
                    table.row(r.contender().name(), Format.number(r.nanosPerCall()), Format.number(r.bytesPerCall()),
                            Format.number(Format.ratio(r.nanosPerCall(), poolson)) + "×", r.contender().benchmark());
                    time.bar(r.contender().name(), r.nanosPerCall(), series);
                    bytes.bar(r.contender().name(), r.bytesPerCall(), series);
                }
            }
            blocks.add(table.build());
            blocks.add(new Block.Paragraph(moduleSpeedUp(results, size)));
            blocks.add(time.build());
            blocks.add(bytes.build());
        }
        return new Section("throughput", "4. Quick comparison with other JSON libraries (indicative)", blocks);
    }

    /** What the module changed for a Jackson 2 user at this size: its time against the same mapper's without it. */
    private static String moduleSpeedUp(List<Result> results, int size) {
        StringBuilder s = new StringBuilder("The same Jackson 2 mapper with PoolsonModule registered, against it without: ");
        for (QuickContenders.Output output : QuickContenders.Output.values()) {
            double without = nanos(results, size, output, r -> r.contender().benchmark().endsWith(".jackson2"));
            double with = nanos(results, size, output, r -> r.contender().benchmark().endsWith(".jackson2Module"));
            s.append(output == QuickContenders.Output.STRING ? "" : "; ")
                    .append(Format.number(Format.ratio(without, with))).append("× as fast ")
                    .append(output == QuickContenders.Output.STRING ? "to a String" : "to an OutputStream");
        }
        return s.append(" (same output, checked).").toString();
    }

    private static double poolsonNanos(List<Result> results, int size, QuickContenders.Output output) {
        return nanos(results, size, output, r -> r.contender().name().startsWith("poolson"));
    }

    /** The time per call of the first contender at this size and output that {@code which} picks. */
    private static double nanos(List<Result> results, int size, QuickContenders.Output output, Predicate<Result> which) {
        for (Result r : results) {
            if (r.size() == size && r.contender().output() == output && which.test(r)) {
                return r.nanosPerCall();
            }
        }
        return Double.NaN;
    }

    /** The same colour for the same library in every chart of the report. */
    private static int series(String name) {
        if (name.startsWith("poolson")) {
            return 0;
        }
        if (name.startsWith(QuickContenders.MODULE)) {
            return MODULE_SERIES;
        }
        if (name.startsWith("Jackson")) {
            return 1;
        }
        if (name.startsWith("fastjson2")) {
            return 2;
        }
        if (name.startsWith("DSL-JSON")) {
            return 3;
        }
        return 6;
    }
}
