package io.poolson.bench.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

import io.poolson.bench.serializer.Payload;
import io.poolson.bench.serializer.SeedNaiveSerializer;
import io.poolson.serializer.MapSerializer;
import io.poolson.serializer.Serializer;

/**
 * Section 1: seed 000's experiment in Java. A {@code Map<String,Integer>} is serialized 10,000 times
 * on one thread, then 20,000 times on each of 50 threads, by three variants: the seed's naive
 * serializer (a new buffer and one concatenated string per entry, like its {@code JsonMar1}),
 * poolson's serializer with pooling switched off (retention cap 0: every call gets a new writer,
 * the same code otherwise), and poolson's default, pooled serializer. Once for {@code toJson} (the
 * result String is garbage either way) and once writing to a stream, where pooling should remove
 * nearly all garbage. Printed the way the seed prints {@code Mallocs / TotalAlloc / NumGC}.
 *
 * <p>Allocation is measured per worker thread ({@link Meter}); collections and their time for the
 * whole JVM. Every variant is warmed up before anything is measured, and all variants must produce
 * Jackson 2's output for the map before the experiment starts. Not thread-safe.
 */
public final class SeedAllocationExperiment {

    private static final int MAP_SIZE = 10;
    private static final OutputStream DISCARD = OutputStream.nullOutputStream();

    /** One serializer call; returns a number that depends on the output, so it cannot be elided. */
    @FunctionalInterface
    private interface Call {
        int run(Map<String, Integer> map) throws IOException;
    }

    /** A way to serialize, and how many buffers it has created so far (-1 if it does not count). */
    private record Variant(String name, int series, Call call, LongSupplier created) {
    }

    /** What one measured run saw. */
    private record Run(String output, String scenario, Variant variant, long calls, Usage before, Usage after,
                       long createdBefore, long createdAfter) {
        Usage delta() {
            return after.minus(before);
        }

        double bytesPerCall() {
            return Format.ratio(delta().allocatedBytes(), calls);
        }
    }

    private final ReportOptions options;
    private final Progress progress;
    private final Payload payload = Payload.named(Integer.toString(MAP_SIZE));
    @SuppressWarnings("unchecked") // a decimal payload name is always an integer map
    private final Map<String, Integer> map = (Map<String, Integer>) payload.map();
    private final MapSerializer unpooled = MapSerializer.builder().retentionCap(0).build();

    private SeedAllocationExperiment(ReportOptions options, Progress progress) {
        this.options = options;
        this.progress = progress;
    }

    /** Runs the experiment and describes it. */
    public static Section run(ReportOptions options, Progress progress) throws InterruptedException {
        return new SeedAllocationExperiment(options, progress).run();
    }

    private Section run() throws InterruptedException {
        List<Variant> strings = List.of(
                new Variant("seed's naive serializer", 4,
                        m -> SeedNaiveSerializer.toJson(m).length(), () -> -1),
                new Variant("poolson, pool off", 5,
                        m -> unpooled.toJson(m).length(), () -> unpooled.charPoolStats().misses()),
                new Variant("poolson (pooled)", 0,
                        m -> Serializer.toJson(m).length(), () -> Serializer.charPoolStats().misses()));
        List<Variant> streams = List.of(
                new Variant("seed's naive serializer", 4, m -> {
                    byte[] utf8 = SeedNaiveSerializer.toJson(m).getBytes(StandardCharsets.UTF_8);
                    DISCARD.write(utf8, 0, utf8.length);
                    return utf8.length;
                }, () -> -1),
                new Variant("poolson, pool off", 5, m -> {
                    unpooled.writeTo(m, DISCARD);
                    return 1;
                }, () -> unpooled.bytePoolStats().misses()),
                new Variant("poolson (pooled)", 0, m -> {
                    Serializer.writeTo(m, DISCARD);
                    return 1;
                }, () -> Serializer.bytePoolStats().misses()));
        checkOutputs();

        List<Run> runs = new ArrayList<>();
        try (WorkerThreads workers = new WorkerThreads(options.threads())) {
            Meter meter = new Meter(workers.ids());
            progress.step("seed 000: warming up " + (strings.size() + streams.size()) + " variants");
            for (Variant v : concat(strings, streams)) {
                workers.run(workers.size(), w -> loop(v.call(), options.warmupCalls() / workers.size()));
            }
            measure(runs, "toJson", strings, workers, meter);
            measure(runs, "writeTo(stream)", streams, workers, meter);
        }
        return describe(runs);
    }

    private void measure(List<Run> runs, String output, List<Variant> variants, WorkerThreads workers, Meter meter)
            throws InterruptedException {
        String single = "1 thread × " + Format.count(options.singleCalls());
        String many = options.threads() + " threads × " + Format.count(options.callsPerThread());
        for (Variant v : variants) {
            progress.step("seed 000: " + output + ", " + v.name() + ", " + single);
            runs.add(measure(output, single, v, workers, meter, 1, options.singleCalls()));
        }
        for (Variant v : variants) {
            progress.step("seed 000: " + output + ", " + v.name() + ", " + many);
            runs.add(measure(output, many, v, workers, meter, workers.size(), options.callsPerThread()));
        }
    }

    private Run measure(String output, String scenario, Variant v, WorkerThreads workers, Meter meter,
                        int threads, int callsPerThread) throws InterruptedException {
        // As the seed calls runtime.GC() first: each run starts on an empty young generation.
        System.gc();
        LongAdder sink = new LongAdder();
        long createdBefore = v.created().getAsLong();
        Usage before = meter.snapshot();
        workers.run(threads, w -> sink.add(loop(v.call(), callsPerThread)));
        Usage after = meter.snapshot();
        long createdAfter = v.created().getAsLong();
        if (sink.sum() <= 0) {
            throw new IllegalStateException(v.name() + " produced nothing");
        }
        return new Run(output, scenario, v, (long) threads * callsPerThread, before, after, createdBefore, createdAfter);
    }

    private long loop(Call call, int calls) {
        long acc = 0;
        try {
            for (int i = 0; i < calls; i++) {
                acc += call.run(map);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return acc;
    }

    /** Every variant must write Jackson 2's bytes, or the comparison means nothing. */
    private void checkOutputs() {
        payload.requireJson("seed's naive serializer", SeedNaiveSerializer.toJson(map), Payload.Match.IDENTICAL);
        payload.requireJson("poolson, pool off", unpooled.toJson(map), Payload.Match.IDENTICAL);
        payload.requireJson("poolson", Serializer.toJson(map), Payload.Match.IDENTICAL);
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        unpooled.writeTo(map, a);
        payload.requireUtf8("poolson writeTo, pool off", a.toByteArray(), Payload.Match.IDENTICAL);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Serializer.writeTo(map, b);
        payload.requireUtf8("poolson writeTo", b.toByteArray(), Payload.Match.IDENTICAL);
    }

    private Section describe(List<Run> runs) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph("Seed 000 serializes a map[string]int and counts what the Go runtime allocated "
                + "(Mallocs, TotalAlloc) and how often it collected (NumGC), with and without sync.Pool. Here: a "
                + "HashMap<String,Integer> of " + MAP_SIZE + " entries, " + Format.count(options.singleCalls())
                + " calls on one thread, then " + options.threads() + " threads × " + Format.count(options.callsPerThread())
                + " calls. Variants: the seed's naive serializer (new StringBuilder and a concatenated String per "
                + "entry), poolson with pooling off (retention cap 0, so each call builds a new writer), and "
                + "poolson's default pooled serializer. All write Jackson 2's exact output (checked before the "
                + "runs). Allocated bytes are summed over the worker threads (ThreadMXBean); GCs are JVM-wide, "
                + "after a System.gc() before each run. The Java heap has no Mallocs counter; \"buffers created\" "
                + "counts the serializer pool's factory calls (its misses())."));

        blocks.add(summary(runs));

        String many = options.threads() + " threads × " + Format.count(options.callsPerThread());
        BarChart.Builder bytes = BarChart.builder("Bytes allocated per call, " + many, "B/call");
        BarChart.Builder gcs = BarChart.builder("Garbage collections during the run, " + many, "GCs");
        for (Run r : runs) {
            if (r.scenario().startsWith(options.threads() + " threads")) {
                bytes.group(r.output()).bar(r.variant().name(), r.bytesPerCall(), r.variant().series());
                gcs.group(r.output()).bar(r.variant().name(), r.delta().gcCount(), Format.count(r.delta().gcCount()),
                        r.variant().series());
            }
        }
        blocks.add(bytes.build());
        blocks.add(gcs.build());
        blocks.add(new Block.Paragraph("Seed 000's Go figures for its 1,000,000-operation buffer demo: 143 GCs and "
                + "~1 GB allocated without sync.Pool, 4 GCs and ~29 MB with it. The JVM's young generation is "
                + "sized differently from Go's heap target, so compare the ratios, not the GC counts."));
        blocks.add(new Block.Paragraph("Each run in the seed's own output format (allocation counters are "
                + "cumulative over the worker threads, GC counters over the JVM):"));
        blocks.add(new Block.Listing(seedFormat(runs)));
        return new Section("seed000", "1. Seed 000: allocation and GCs, pooled vs unpooled", blocks);
    }

    /** The runs as the seed prints them: {@code Mallocs / TotalAlloc / NumGC}, before -> after (delta). */
    private static String seedFormat(List<Run> runs) {
        StringBuilder listing = new StringBuilder();
        for (Run r : runs) {
            Usage d = r.delta();
            listing.append(String.format("=== %s, %s: %s ===%n", r.output(), r.scenario(), r.variant().name()));
            listing.append(String.format("Wall time:        %s%n", Format.millis(d.nanos())));
            listing.append(String.format("Allocated bytes:  %s -> %s (delta: %s bytes, %s per call)%n",
                    Format.count(r.before().allocatedBytes()), Format.count(r.after().allocatedBytes()),
                    Format.count(d.allocatedBytes()), Format.number(r.bytesPerCall())));
            listing.append(String.format("NumGC:            %d -> %d (delta: %d)%n",
                    r.before().gcCount(), r.after().gcCount(), d.gcCount()));
            listing.append(String.format("GC time:          %s -> %s ms (delta: %s ms)%n",
                    Format.count(r.before().gcMillis()), Format.count(r.after().gcMillis()), Format.count(d.gcMillis())));
            if (r.createdBefore() >= 0) {
                listing.append(String.format("Buffers created:  %s -> %s (delta: %s)%n%n",
                        Format.count(r.createdBefore()), Format.count(r.createdAfter()),
                        Format.count(r.createdAfter() - r.createdBefore())));
            } else {
                listing.append(String.format("Buffers created:  one per call (delta: %s)%n%n", Format.count(r.calls())));
            }
        }
        return listing.toString();
    }

    private static Table summary(List<Run> runs) {
        Table.Builder table = Table.builder("Summary", "output / scenario / variant", "wall ms", "allocated",
                "bytes/call", "GCs", "GC ms", "buffers created");
        for (Run r : runs) {
            Usage d = r.delta();
            long created = r.createdBefore() >= 0 ? r.createdAfter() - r.createdBefore() : r.calls();
            table.row(r.output() + ", " + r.scenario() + ": " + r.variant().name(), Format.number(d.nanos() / 1e6),
                    Format.bytes(d.allocatedBytes()), Format.number(r.bytesPerCall()), d.gcCount(), d.gcMillis(),
                    Format.count(created));
        }
        return table.build();
    }

    private static List<Variant> concat(List<Variant> a, List<Variant> b) {
        List<Variant> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
