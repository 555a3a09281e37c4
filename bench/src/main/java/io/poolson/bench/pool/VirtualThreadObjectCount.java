package io.poolson.bench.pool;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.RecyclerPool;
import io.netty.util.Recycler;
import io.poolson.pool.Pool;

/**
 * The seed's experiment on the JVM: 1,048,576 tasks, each on its own virtual thread, each borrowing
 * one object and giving it back; how many objects did each pool's factory create? (Go's
 * {@code sync.Pool} reports 7–8 for 1,048,576 goroutines.)
 *
 * <p>Counts come from counting factories wherever the contender accepts one: poolson (also showing
 * the pool's own {@code stats().misses()}), {@code ThreadLocal.withInitial}, Netty's
 * {@code Recycler.newObject}, the JDK queues, plain allocation, and subclasses of Jackson's
 * lock-free, concurrent-deque and bounded pools overriding {@code createPooled()}. Jackson's
 * thread-local pool has no factory to override (it calls {@code new BufferRecycler()} inside
 * {@code BufferRecyclers}), so there the count is the number of distinct recyclers the tasks were
 * handed, tracked by identity in a weak map; a collected recycler cannot be handed out again, so
 * that count is exact. Every task must get a freshly reset object; a borrow that throws or
 * finds leftovers from an earlier borrow counts in {@link Result#failures()}.
 *
 * <p>Needs JDK 21+ ({@link VirtualThreads#available()}); the suite itself targets 17. Contenders
 * run one after another, each with a fresh pool, after a {@code System.gc()}, so one contender's
 * garbage does not trigger collections in the next; an untimed warm-up round precedes the measured
 * one. Times are wall-clock for one run and only indicative. Not thread-safe: run one measurement at a
 * time. Run: {@code java -cp bench/target/benchmarks.jar io.poolson.bench.pool.VirtualThreadObjectCount [tasks]}.
 */
public final class VirtualThreadObjectCount {

    /** The seed's task count, {@code 1024 * 1024}. */
    public static final int SEED_TASKS = 1 << 20;

    private static final int QUEUE_CAPACITY = 64;
    private static final int WARM_UP_TASKS = 1 << 16;

    private VirtualThreadObjectCount() {
    }

    /**
     * One contender's outcome.
     *
     * @param contender    name of the pool
     * @param tasks        virtual threads started, one borrow each
     * @param created      objects the contender's factory created
     * @param poolReported the pool's own count of creations, or -1 if it keeps none
     * @param failures     borrows that threw or returned an object that was not reset
     * @param collections  garbage collections during the run (all collectors)
     * @param elapsed      wall time from the first task submitted to the last one finished
     */
    public record Result(String contender, int tasks, long created, long poolReported, long failures,
                         long collections, Duration elapsed) {
    }

    /** A pool under test: one borrow, and the counters read after the run. */
    private record Contender(String name, IntSupplier borrowOnce, LongSupplier created, LongSupplier poolReported) {
    }

    /**
     * Runs {@code tasks} virtual-thread borrows against every contender, one contender at a time.
     *
     * @throws UnsupportedOperationException before JDK 21
     */
    public static List<Result> measure(int tasks) throws InterruptedException {
        if (!VirtualThreads.available()) {
            throw new UnsupportedOperationException("virtual threads need JDK 21+, running " + Runtime.version());
        }
        // An untimed round first, on separate pools, so that the first contender measured does not
        // also pay for JIT compilation and the start of the virtual-thread scheduler.
        for (Supplier<Contender> contender : contenders()) {
            run(contender.get(), Math.min(tasks, WARM_UP_TASKS));
        }
        List<Result> results = new ArrayList<>();
        for (Supplier<Contender> contender : contenders()) {
            results.add(run(contender.get(), tasks));
        }
        return results;
    }

    /** A fixed-width table of {@code results}, one row per contender. */
    public static String format(List<Result> results) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-28s %10s %12s %10s %6s %9s%n",
                "contender", "created", "pool's count", "failures", "GCs", "ms"));
        for (Result r : results) {
            out.append(String.format("%-28s %10d %12s %10d %6d %9d%n", r.contender(), r.created(),
                    r.poolReported() < 0 ? "-" : Long.toString(r.poolReported()), r.failures(),
                    r.collections(), r.elapsed().toMillis()));
        }
        return out.toString();
    }

    /** Prints the table for {@code args[0]} tasks (default {@link #SEED_TASKS}); exits 2 before JDK 21. */
    public static void main(String[] args) throws InterruptedException {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : SEED_TASKS;
        if (!VirtualThreads.available()) {
            System.err.println("VirtualThreadObjectCount needs JDK 21+; this is " + Runtime.version());
            System.exit(2);
        }
        System.out.printf("%d virtual threads, one borrow each; java %s, %d CPUs%n%n",
                tasks, Runtime.version(), Runtime.getRuntime().availableProcessors());
        System.out.print(format(measure(tasks)));
    }

    private static List<Supplier<Contender>> contenders() {
        return List.of(
                VirtualThreadObjectCount::poolson,
                VirtualThreadObjectCount::threadLocal,
                () -> jackson("Jackson threadLocal", JacksonPools::threadLocal),
                () -> jackson("Jackson lockFree", JacksonPools::lockFree),
                () -> jackson("Jackson concurrentDeque", JacksonPools::concurrentDeque),
                () -> jackson("Jackson bounded(100)", JacksonPools::bounded),
                () -> netty("Netty Recycler", RecycledBuilder::newRecycler),
                () -> netty("Netty Recycler (shared)", RecycledBuilder::newSharedRecycler),
                () -> queue("ConcurrentLinkedQueue", new ConcurrentLinkedQueue<>()),
                () -> queue("ArrayBlockingQueue(" + QUEUE_CAPACITY + ")", new ArrayBlockingQueue<>(QUEUE_CAPACITY)),
                VirtualThreadObjectCount::allocate);
    }

    private static Contender poolson() {
        LongAdder created = new LongAdder();
        Pool<StringBuilder> pool = Pool.builder(counting(created)).reset(BuilderWork::reset).build();
        return new Contender("poolson Pool", () -> Borrow.from(pool), created::sum, () -> pool.stats().misses());
    }

    private static Contender threadLocal() {
        LongAdder created = new LongAdder();
        ThreadLocal<StringBuilder> perThread = ThreadLocal.withInitial(counting(created));
        return new Contender("ThreadLocal", () -> Borrow.from(perThread), created::sum, () -> -1);
    }

    private static Contender jackson(String name, Function<Runnable, RecyclerPool<BufferRecycler>> countingPool) {
        LongAdder created = new LongAdder();
        RecyclerPool<BufferRecycler> pool = countingPool.apply(created::increment);
        return new Contender(name, () -> Borrow.from(pool), created::sum, () -> -1);
    }

    private static Contender netty(String name, Function<Runnable, Recycler<RecycledBuilder>> countingRecycler) {
        LongAdder created = new LongAdder();
        Recycler<RecycledBuilder> recycler = countingRecycler.apply(created::increment);
        return new Contender(name, () -> Borrow.from(recycler), created::sum, () -> -1);
    }

    private static Contender queue(String name, Queue<StringBuilder> queue) {
        LongAdder created = new LongAdder();
        Supplier<StringBuilder> factory = counting(created);
        return new Contender(name, () -> Borrow.fromQueue(queue, factory), created::sum, () -> -1);
    }

    private static Contender allocate() {
        LongAdder created = new LongAdder();
        Supplier<StringBuilder> factory = counting(created);
        return new Contender("new StringBuilder(1024)", () -> Borrow.fresh(factory).length(), created::sum, () -> -1);
    }

    private static Supplier<StringBuilder> counting(LongAdder created) {
        return () -> {
            created.increment();
            return BuilderWork.newBuilder();
        };
    }

    private static Result run(Contender contender, int tasks) throws InterruptedException {
        System.gc();
        LongAdder failures = new LongAdder();
        Runnable task = () -> {
            try {
                // A correctly reset builder holds exactly the one character the borrow appended.
                if (contender.borrowOnce().getAsInt() != 1) {
                    failures.increment();
                }
            } catch (RuntimeException | Error e) {
                failures.increment();
            }
        };
        long collectionsBefore = collections();
        long start = System.nanoTime();
        ExecutorService executor = VirtualThreads.newPerTaskExecutor();
        try {
            for (int i = 0; i < tasks; i++) {
                executor.execute(task);
            }
        } finally {
            executor.shutdown();
        }
        if (!executor.awaitTermination(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException(contender.name() + ": tasks still running after 10 minutes");
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        long collections = collections() - collectionsBefore;
        return new Result(contender.name(), tasks, contender.created().getAsLong(),
                contender.poolReported().getAsLong(), failures.sum(), collections, elapsed);
    }

    private static long collections() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionCount());
        }
        return total;
    }
}
