package io.poolson.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.core.util.RecyclerPool;
import io.poolson.bench.pool.Borrow;
import io.poolson.bench.pool.BuilderWork;
import io.poolson.bench.pool.JacksonPools;
import io.poolson.bench.pool.VirtualThreads;
import io.poolson.pool.Pool;
import io.poolson.serializer.jackson.PoolsonRecyclerPool;

/**
 * Section 2: seed 003's experiment. 1,048,576 tasks, each on its own virtual thread, borrow one
 * object and give it back; how many objects did each pool create? Go's {@code sync.Pool} creates
 * 7–8. Contenders: a poolson {@link Pool}, a {@code ThreadLocal} (one object per thread, counted at
 * {@code initialValue}), Jackson 2's default recycler pool, {@link JsonRecyclerPools#defaultPool()},
 * and poolson's Jackson 2 {@link PoolsonRecyclerPool} (both counted as distinct
 * {@link BufferRecycler}s handed out, see {@link JacksonPools}). A pool that
 * creates one object per task is no pool at all for virtual threads.
 *
 * <p>Virtual threads are JDK 21+; this code targets 17, so they are obtained reflectively
 * ({@link VirtualThreads}). On an older JDK the same tasks run on a fixed pool of platform threads
 * instead, and the section says so. Contenders run one after another. Not thread-safe.
 */
public final class ObjectCountExperiment {

    /** A pool under test: one borrow, and its creation counters read after the run. */
    private record Contender(String name, int series, IntSupplier borrowOnce, LongSupplier created) {
    }

    /** What one contender did. */
    private record Result(Contender contender, long created, long failures, long gcs, long nanos) {
    }

    private ObjectCountExperiment() {
    }

    /** Runs the experiment and describes it. */
    public static Section run(ReportOptions options, Progress progress) throws InterruptedException {
        boolean virtual = VirtualThreads.available();
        int tasks = options.tasks();
        String threads = virtual ? "a virtual thread per task"
                : options.platformThreads() + " platform threads (no virtual threads before JDK 21)";
        Supplier<ExecutorService> executors = virtual ? VirtualThreads::newPerTaskExecutor
                : () -> Executors.newFixedThreadPool(options.platformThreads());
        List<Result> results = new ArrayList<>();
        for (Supplier<Contender> c : contenders()) {
            Contender contender = c.get();
            progress.step("seed 003: " + Format.count(tasks) + " tasks on " + threads + ": " + contender.name());
            results.add(run(contender, tasks, executors));
        }
        return describe(options, virtual, threads, results);
    }

    private static List<Supplier<Contender>> contenders() {
        return List.of(ObjectCountExperiment::poolson, ObjectCountExperiment::threadLocal,
                ObjectCountExperiment::jacksonDefault, ObjectCountExperiment::jacksonPoolson);
    }

    private static Contender poolson() {
        LongAdder created = new LongAdder();
        Pool<StringBuilder> pool = Pool.builder(() -> {
            created.increment();
            return BuilderWork.newBuilder();
        }).reset(BuilderWork::reset).build();
        return new Contender("poolson Pool", 0, () -> Borrow.from(pool), created::sum);
    }

    private static Contender threadLocal() {
        LongAdder created = new LongAdder();
        ThreadLocal<StringBuilder> perThread = ThreadLocal.withInitial(() -> {
            created.increment();
            return BuilderWork.newBuilder();
        });
        return new Contender("ThreadLocal.withInitial", 4, () -> Borrow.from(perThread), created::sum);
    }

    private static Contender jacksonDefault() {
        // Jackson 2.x's default has changed before (2.17.0 briefly shipped a lock-free pool); measure
        // what defaultPool() is in the Jackson on the class path, and say which it is.
        if (JsonRecyclerPools.defaultPool() != JsonRecyclerPools.threadLocalPool()) {
            throw new IllegalStateException("Jackson's defaultPool() is no longer threadLocalPool() but "
                    + JsonRecyclerPools.defaultPool().getClass().getName() + ": update the report's counting wrapper");
        }
        LongAdder created = new LongAdder();
        RecyclerPool<BufferRecycler> pool = JacksonPools.threadLocal(created::increment);
        return new Contender("Jackson 2 defaultPool() (threadLocalPool)", 1, () -> Borrow.from(pool), created::sum);
    }

    private static Contender jacksonPoolson() {
        LongAdder created = new LongAdder();
        RecyclerPool<BufferRecycler> pool = JacksonPools.firstSight(PoolsonRecyclerPool.newPool(), created::increment);
        return new Contender("Jackson 2 with PoolsonRecyclerPool", 0, () -> Borrow.from(pool), created::sum);
    }

    private static Result run(Contender contender, int tasks, Supplier<ExecutorService> executors)
            throws InterruptedException {
        System.gc();
        LongAdder returned = new LongAdder();
        LongAdder thrown = new LongAdder();
        Runnable task = () -> {
            try {
                returned.add(contender.borrowOnce().getAsInt());
            } catch (RuntimeException | Error e) {
                thrown.increment();
            }
        };
        long gcs = Meter.gcCount();
        long start = System.nanoTime();
        ExecutorService executor = executors.get();
        try {
            for (int i = 0; i < tasks; i++) {
                executor.execute(task);
            }
        } finally {
            executor.shutdown();
        }
        if (!executor.awaitTermination(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException(contender.name() + ": tasks still running after 5 minutes");
        }
        long nanos = System.nanoTime() - start;
        // Each successful borrow returns 1: a reset object with one character appended.
        long failures = thrown.sum() + Math.abs(tasks - thrown.sum() - returned.sum());
        return new Result(contender, contender.created().getAsLong(), failures, Meter.gcCount() - gcs, nanos);
    }

    private static Section describe(ReportOptions options, boolean virtual, String threads, List<Result> results) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph("Seed 003 starts 1,048,576 goroutines that each borrow a buffer from a "
                + "sync.Pool and put it back, and Go reports \"7 buffer objects were created\" (or 8). Here: "
                + Format.count(options.tasks()) + " tasks on " + threads + ", each borrowing one 1 KiB "
                + "StringBuilder (Jackson: one BufferRecycler), appending a character, and giving it back."));
        if (!virtual) {
            blocks.add(new Block.Paragraph("NOTE: this JVM (" + Runtime.version() + ") has no virtual threads, so the "
                    + "tasks ran on " + options.platformThreads() + " platform threads. A ThreadLocal then creates "
                    + "about one object per thread; run the report on JDK 21+ to see it create one per task."));
        }
        StringBuilder listing = new StringBuilder();
        Table.Builder table = Table.builder("Objects created for " + Format.count(options.tasks()) + " borrows",
                "pool", "objects created", "per 1,000 tasks", "failed borrows", "GCs", "ms");
        BarChart.Builder chart = BarChart.builder("Objects created for " + Format.count(options.tasks())
                + " borrowing tasks", "objects").logScale();
        for (Result r : results) {
            listing.append(String.format("%-42s %s objects were created.%n", r.contender().name() + ":",
                    Format.count(r.created())));
            table.row(r.contender().name(), Format.count(r.created()),
                    Format.number(1000.0 * r.created() / options.tasks()), r.failures(), r.gcs(),
                    Format.number(r.nanos() / 1e6));
            chart.bar(r.contender().name(), r.created(), Format.count(r.created()), r.contender().series());
            if (r.failures() != 0) {
                blocks.add(new Block.Paragraph("WARNING: " + r.contender().name() + " had " + r.failures()
                        + " borrows that threw or returned an object that was not reset."));
            }
        }
        blocks.add(new Block.Listing(listing.toString()));
        blocks.add(table.build());
        blocks.add(chart.build());
        return new Section("seed003", "2. Seed 003: how many objects do " + Format.count(options.tasks())
                + " borrowers create?", blocks);
    }
}
