package io.poolson.bench.jackson;

import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.RecyclerPool;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poolson.bench.serializer.Libraries;
import io.poolson.bench.pool.JacksonPools;
import io.poolson.bench.pool.VirtualThreads;
import io.poolson.bench.serializer.Payloads;
import io.poolson.serializer.jackson.PoolsonRecyclerPool;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * The seed's experiment through Jackson 2: 1,048,576 tasks, each on its own virtual thread, each
 * writing a 10-entry map with {@code writeValueAsString}; how many {@code BufferRecycler}s did the
 * mapper's recycler pool create? Jackson's own pools report creations through the counting
 * subclasses and wrapper of {@link JacksonPools}; the poolson pool, which has no factory to
 * override, through {@link FirstSightRecyclers} (the recyclers handed out for the first time, an
 * exact count). Every write's output is compared with the default mapper's; a mismatch or an
 * exception counts as a failure.
 *
 * <p>Jackson's bounded pool is an {@code ArrayBlockingQueue}: a virtual thread that finds its lock
 * taken parks, possibly holding a recycler it is about to return, and the threads that run
 * meanwhile find the queue empty and create more. That is the pool's real behaviour under virtual
 * threads, not an artefact of the counting (the counting subclass only overrides the factory).
 *
 * <p>Needs JDK 21+. Contenders run one after another, each with a fresh pool and mapper, after a
 * {@code System.gc()}, following an untimed warm-up round; each mapper first writes the map twice
 * on one virtual thread, uncounted (see {@code warmUp}), so the count is the pool's, on a warm
 * mapper. Times are wall-clock and only indicative. Run: {@code java -Xms2g -Xmx2g -cp bench/target/benchmarks.jar
 * io.poolson.bench.jackson.JacksonVirtualThreadRecyclers [tasks]}. Not thread-safe.
 */
public final class JacksonVirtualThreadRecyclers {
    private static final int SEED_TASKS = 1 << 20;
    private static final int WARM_UP_TASKS = 1 << 16;

    private JacksonVirtualThreadRecyclers() {
    }

    private record Contender(String name, Function<Runnable, RecyclerPool<BufferRecycler>> countingPool) {
    }

    private static final List<Contender> CONTENDERS = List.of(
            new Contender("Jackson threadLocal (default)", JacksonPools::threadLocal),
            new Contender("Jackson lockFree", JacksonPools::lockFree),
            new Contender("Jackson concurrentDeque", JacksonPools::concurrentDeque),
            new Contender("Jackson bounded(100)", JacksonPools::bounded),
            new Contender("poolson PoolsonRecyclerPool", c -> new FirstSightRecyclers(PoolsonRecyclerPool.newPool(), c)));

    public static void main(String[] args) throws InterruptedException {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : SEED_TASKS;
        if (!VirtualThreads.available()) {
            System.err.println("needs JDK 21+; this is " + Runtime.version());
            System.exit(2);
        }
        Map<String, Integer> map = Payloads.intMap(10);
        String expected;
        try {
            expected = Libraries.JACKSON2.writeValueAsString(map);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        for (Contender c : CONTENDERS) {
            run(c, WARM_UP_TASKS, map, expected);
        }
        System.out.printf("%d virtual threads, one Jackson 2 writeValueAsString each; java %s, %d CPUs%n%n",
                tasks, Runtime.version(), Runtime.getRuntime().availableProcessors());
        System.out.printf("%-30s %10s %10s %6s %9s%n", "recycler pool", "created", "failures", "GCs", "ms");
        for (Contender c : CONTENDERS) {
            System.out.print(run(c, tasks, map, expected));
        }
    }

    private static String run(Contender c, int tasks, Map<String, Integer> map, String expected)
            throws InterruptedException {
        System.gc();
        LongAdder created = new LongAdder();
        LongAdder failures = new LongAdder();
        ObjectMapper mapper = Mappers.jackson2(c.countingPool().apply(created::increment));
        warmUp(mapper, map, expected, c.name());
        created.reset();
        long gcBefore = collections();
        long start = System.nanoTime();
        ExecutorService executor = VirtualThreads.newPerTaskExecutor();
        try {
            for (int i = 0; i < tasks; i++) {
                executor.execute(() -> {
                    try {
                        if (!expected.equals(mapper.writeValueAsString(map))) {
                            failures.increment();
                        }
                    } catch (Exception | Error e) {
                        failures.increment();
                    }
                });
            }
        } finally {
            executor.shutdown();
        }
        if (!executor.awaitTermination(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException(c.name() + " did not finish");
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        return String.format("%-30s %10d %10d %6d %9d%n", c.name(), created.sum(), failures.sum(),
                collections() - gcBefore, ms);
    }

    /*
     * Two writes, one after the other, on a virtual thread (as the counted writes are, so that
     * Jackson's threadLocal pool gets no head start from a platform thread's recycler). The first
     * builds the mapper's serializers; adding them discards Jackson's read-only serializer map,
     * which the second rebuilds. Either step takes a monitor, and since JDK 24 a virtual thread
     * waiting for one unmounts holding its recycler: left to the counted writes, a cold mapper
     * makes every pool lend one recycler per waiting thread (Jackson's deque made 2 in one run
     * of this class and 195 in the next), which measures the mapper's first write rather than
     * the pool. The recyclers the warm-up creates are not counted.
     */
    private static void warmUp(ObjectMapper mapper, Map<String, Integer> map, String expected, String name)
            throws InterruptedException {
        ExecutorService executor = VirtualThreads.newPerTaskExecutor();
        try {
            String second = executor.submit(() -> {
                mapper.writeValueAsString(map);
                return mapper.writeValueAsString(map);
            }).get();
            if (!expected.equals(second)) {
                throw new IllegalStateException(name + " wrote " + second + ", not " + expected);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(name + " failed its warm-up write", e.getCause());
        } finally {
            executor.shutdown();
        }
    }

    private static long collections() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }
}
