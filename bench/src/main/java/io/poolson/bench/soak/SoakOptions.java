package io.poolson.bench.soak;

import java.util.Arrays;
import java.util.Iterator;

/**
 * How long and how hard {@link Soak} runs, and the tolerances it checks against. Immutable.
 *
 * @param seconds         how long the worker threads serialize
 * @param threads         worker threads serializing concurrently
 * @param hugeBytes       approximate JSON size of the huge map, and length in chars of the huge string
 * @param hugeEveryMillis each worker writes one huge document this often
 * @param sampleEvery     one call in this many writes a freshly generated map, compared with Jackson 2
 *                        serializing it live (every other call is compared with Jackson 2's output
 *                        computed before the run)
 * @param gcEveryMillis   pause between the {@code System.gc()} calls of the collector thread
 * @param heapSlackBytes  how far heap used after the soak may be from before it
 * @param seed            seed of the generated maps
 */
public record SoakOptions(int seconds, int threads, int hugeBytes, long hugeEveryMillis, int sampleEvery,
                          long gcEveryMillis, long heapSlackBytes, long seed) {

    private static final int MB = 1 << 20;

    public SoakOptions {
        if (seconds < 1 || threads < 1 || hugeBytes < 1024 || hugeEveryMillis < 1 || sampleEvery < 1
                || gcEveryMillis < 0 || heapSlackBytes < 0) {
            throw new IllegalArgumentException("invalid soak options: " + Arrays.asList(seconds, threads, hugeBytes,
                    hugeEveryMillis, sampleEvery, gcEveryMillis, heapSlackBytes));
        }
    }

    /** The long run the brief asks for: 4 threads, 60 s, 10 MB huge documents. */
    public static SoakOptions defaults() {
        return new SoakOptions(60, 4, 10 * MB, 1000, 50, 500, 4L * MB, 42);
    }

    /** Parses {@code --seconds N --threads N --huge-mb N --huge-every-ms N --sample-every N --gc-every-ms N --heap-slack-mb N --seed N}. */
    public static SoakOptions parse(String... args) {
        SoakOptions o = defaults();
        int seconds = o.seconds, threads = o.threads, hugeBytes = o.hugeBytes, sampleEvery = o.sampleEvery;
        long hugeEvery = o.hugeEveryMillis, gcEvery = o.gcEveryMillis, slack = o.heapSlackBytes, seed = o.seed;
        Iterator<String> it = Arrays.asList(args).iterator();
        while (it.hasNext()) {
            String flag = it.next();
            if (!it.hasNext()) {
                throw new IllegalArgumentException(flag + " needs a value\n" + usage());
            }
            String value = it.next();
            switch (flag) {
                case "--seconds" -> seconds = Integer.parseInt(value);
                case "--threads" -> threads = Integer.parseInt(value);
                case "--huge-mb" -> hugeBytes = Math.toIntExact(Math.round(Double.parseDouble(value) * MB));
                case "--huge-every-ms" -> hugeEvery = Long.parseLong(value);
                case "--sample-every" -> sampleEvery = Integer.parseInt(value);
                case "--gc-every-ms" -> gcEvery = Long.parseLong(value);
                case "--heap-slack-mb" -> slack = Math.round(Double.parseDouble(value) * MB);
                case "--seed" -> seed = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown option " + flag + "\n" + usage());
            }
        }
        return new SoakOptions(seconds, threads, hugeBytes, hugeEvery, sampleEvery, gcEvery, slack, seed);
    }

    static String usage() {
        SoakOptions d = defaults();
        return "usage: java -cp bench/target/benchmarks.jar io.poolson.bench.soak.Soak [--seconds " + d.seconds
                + "] [--threads " + d.threads + "] [--huge-mb " + d.hugeBytes / MB + "] [--huge-every-ms "
                + d.hugeEveryMillis + "] [--sample-every " + d.sampleEvery + "] [--gc-every-ms " + d.gcEveryMillis
                + "] [--heap-slack-mb " + d.heapSlackBytes / MB + "] [--seed " + d.seed + "]";
    }
}
