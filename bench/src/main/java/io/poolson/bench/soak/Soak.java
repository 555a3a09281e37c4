package io.poolson.bench.soak;

import io.poolson.pool.PoolStats;
import io.poolson.serializer.Serializer;
import java.io.PrintStream;
import java.lang.ref.Reference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The soak: several threads serialize maps of mixed sizes through every output path of the
 * {@link Serializer} statics for a while, with an occasional huge map and huge string, while
 * another thread calls {@code System.gc()}; a poolson {@code Pool} of ownership-flagged objects is
 * borrowed around each call. Checks: no call throws; every output equals Jackson 2's (precomputed
 * for the corpus and the huge documents, computed live for one fresh map in
 * {@link SoakOptions#sampleEvery}); no object of the fixture pool is lent twice; what the
 * serializer's pools retain, at the end and two collections later, is within retention cap × slots;
 * heap used after the run (after GCs) is within {@link SoakOptions#heapSlackBytes} of before.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.poolson.bench.soak.Soak --seconds 60</pre>
 *
 * Exits with status 1 if any check failed. One run at a time per JVM: the serializer's pools are
 * process-wide.
 */
public final class Soak {
    private static final int CORPUS_MAPS = 64;
    private static final Duration GC_WAIT = Duration.ofSeconds(60);

    private Soak() {
    }

    public static void main(String[] args) throws InterruptedException {
        SoakOptions options;
        try {
            options = SoakOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SoakResult result = run(options, System.out);
        System.exit(result.failures().isEmpty() ? 0 : 1);
    }

    /** Runs the soak, printing progress and figures to {@code out}. */
    public static SoakResult run(SoakOptions o, PrintStream out) throws InterruptedException {
        out.printf("soak: %s%n", o);
        out.printf("JVM: %s %s (%s), %d processors, max heap %,d bytes%n", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vm.vendor"),
                Runtime.getRuntime().availableProcessors(), HeapGauge.max());

        List<Expected> corpus = SoakMaps.corpus(new Random(o.seed()), CORPUS_MAPS);
        List<Expected> huge = List.of(Expected.of("huge map", SoakMaps.hugeMap(o.hugeBytes())),
                Expected.of("huge string", SoakMaps.hugeString(o.hugeBytes())));
        out.printf("reference: %d maps (%,d JSON bytes together), huge map %,d JSON bytes, huge string %,d JSON bytes%n",
                corpus.size(), corpus.stream().mapToLong(e -> e.utf8().length).sum(), huge.get(0).utf8().length,
                huge.get(1).utf8().length);
        Lendables lendables = new Lendables();

        Tally all = new Tally();
        warmUp(corpus, lendables, all);
        // Start from empty pools, so "before" and "after" are measured in the same state.
        SerializerPools.awaitRotations(2, GC_WAIT);
        long heapBefore = HeapGauge.usedAfterGc();
        long rotationsBefore = SerializerPools.rotations();

        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(o.seconds());
        AtomicLong hugeSeq = new AtomicLong();
        List<Tally> tallies = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        for (int t = 0; t < o.threads(); t++) {
            Tally tally = new Tally();
            tallies.add(tally);
            Worker w = new Worker(t + 1, o, corpus, huge, hugeSeq, lendables, tally, go, end);
            Thread thread = new Thread(w, "soak-" + t);
            workers.add(thread);
            thread.start();
        }
        long[] gcs = {0};
        Thread collector = new Thread(() -> {
            while (System.nanoTime() < end) {
                System.gc();
                gcs[0]++;
                try {
                    Thread.sleep(o.gcEveryMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "soak-gc");
        collector.start();
        go.countDown();
        for (Thread w : workers) {
            w.join();
        }
        collector.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        tallies.forEach(all::add);
        long rotations = SerializerPools.rotations() - rotationsBefore;
        PoolStats charStats = Serializer.charPoolStats();
        PoolStats byteStats = Serializer.bytePoolStats();

        SerializerPools.Retention atEnd = SerializerPools.retention();
        // One collection later the pooled writers sit in the victim cache, still reachable; the second
        // drops them. The heap difference between the two states is what the pools held, measured.
        SerializerPools.awaitRotations(1, GC_WAIT);
        long heapPoolsHeld = HeapGauge.used();
        SerializerPools.Retention afterOne = SerializerPools.retention();
        SerializerPools.awaitRotations(1, GC_WAIT);
        SerializerPools.Retention afterTwo = SerializerPools.retention();
        long heapAfter = HeapGauge.usedAfterGc();
        // The reference data must be live at both heap readings, or its absence would pass for a shrink.
        Reference.reachabilityFence(corpus);
        Reference.reachabilityFence(huge);
        Reference.reachabilityFence(lendables);

        SoakResult r = new SoakResult(o, seconds, all, gcs[0], rotations, lendables.violations(),
                lendables.stillLent(), lendables.created(), charStats, byteStats, atEnd, afterOne, afterTwo, heapBefore, heapPoolsHeld, heapAfter);
        r.print(out);
        return r;
    }

    /** Every path once on every corpus map: loads and compiles what the run uses before "before" is measured. */
    private static void warmUp(List<Expected> corpus, Lendables lendables, Tally tally) {
        for (OutputPath path : OutputPath.values()) {
            for (Expected e : corpus) {
                call(path, e, lendables, -1, tally);
            }
        }
    }

    /** One checked call, with a fixture object held around it. */
    private static void call(OutputPath path, Expected e, Lendables lendables, long token, Tally tally) {
        Lendables.Lendable held = lendables.borrow(token);
        try {
            String diff = path.mismatch(e);
            if (diff != null) {
                tally.mismatch(path, e, diff);
            }
        } catch (Throwable t) {
            tally.error(path, e, t);
        } finally {
            lendables.giveBack(held, token);
        }
        tally.call(path);
    }

    /** One soak thread: picks a map and an output path per call until the deadline. */
    private record Worker(long token, SoakOptions o, List<Expected> corpus, List<Expected> huge, AtomicLong hugeSeq,
                          Lendables lendables, Tally tally, CountDownLatch go, long end) implements Runnable {
        private static final OutputPath[] PATHS = OutputPath.values();

        @Override
        public void run() {
            Random rnd = new Random(o.seed() + token);
            long hugeEvery = TimeUnit.MILLISECONDS.toNanos(o.hugeEveryMillis());
            try {
                go.await();
            } catch (InterruptedException e) {
                return;
            }
            // Staggered, so the threads' huge documents do not all land at once.
            long nextHuge = System.nanoTime() + hugeEvery * token / o.threads();
            for (long i = 1; ; i++) {
                long now = System.nanoTime();
                if (now >= end) {
                    return;
                }
                Expected e;
                OutputPath path;
                if (now >= nextHuge) {
                    nextHuge += hugeEvery;
                    // A shared sequence, so every (document, path) pair comes up across the threads.
                    long seq = hugeSeq.getAndIncrement();
                    e = huge.get((int) (seq % huge.size()));
                    path = PATHS[(int) (seq / huge.size() % PATHS.length)];
                    tally.huge++;
                } else if (i % o.sampleEvery() == 0) {
                    e = Expected.of("fresh map (seed " + o.seed() + ", thread " + token + ", call " + i + ")",
                            SoakMaps.mixed(rnd));
                    path = PATHS[(int) (i / o.sampleEvery() % PATHS.length)];
                    tally.liveSamples++;
                } else {
                    e = corpus.get(rnd.nextInt(corpus.size()));
                    path = PATHS[(int) (i % PATHS.length)];
                }
                call(path, e, lendables, token, tally);
            }
        }
    }
}
