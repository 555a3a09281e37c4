package io.poolson.bench.probe;

import io.poolson.bench.ForkJvm;
import io.poolson.bench.HeapInspector;
import io.poolson.bench.LongLivedHeap;
import io.poolson.bench.pool.Borrow;
import io.poolson.bench.pool.BuilderWork;
import io.poolson.pool.Pool;
import io.poolson.pool.PoolStats;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Why {@code BuilderGetPutBenchmark.poolson} (1 thread) scores about 6 ns/op in some iterations and
 * 8.5-10 in others: the same borrow, with one line printed after every iteration (a {@code PLACE}
 * line right before the iteration's score): the borrowing thread, whether it owns its home stripe,
 * the pool's counters, and the addresses of every object the borrow touches (home stripe, builder,
 * its array, pool, primary stripe array, benchmark state, thread). If the slow iterations had their
 * own placement, it would show here. A diagnostic, not a benchmark: its own package, so no group of
 * {@code run-benchmarks.sh} runs it.
 * <pre>
 * java -jar bench/target/benchmarks.jar io.poolson.bench.probe.PoolModeProbe [-jvmArgsPrepend -XX:+PrintCompilation]
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 8, time = 1)
@Threads(1)
@Fork(value = 6, jvmArgsAppend = {ForkJvm.HEAP_MIN, ForkJvm.HEAP_MAX, ForkJvm.PRE_TOUCH,
        "--add-opens", "java.base/java.lang=ALL-UNNAMED"})
@State(Scope.Benchmark)
public class PoolModeProbe {
    private final Pool<StringBuilder> poolson = Pool.builder(BuilderWork::newBuilder).reset(BuilderWork::reset).build();
    /** Written on every borrow, as a plain field: this probe's one addition to the measured work. */
    private Thread borrower;

    /** As {@code BuilderGetPutBenchmark}: a full collection before every iteration. */
    @Setup(Level.Iteration)
    public void promoteToOldGeneration() {
        LongLivedHeap.promote();
    }

    @Benchmark
    public int poolson() {
        borrower = Thread.currentThread();
        return Borrow.from(poolson);
    }

    @TearDown(Level.Iteration)
    public void printPlacement() throws ReflectiveOperationException {
        HeapInspector heap = new HeapInspector();
        Thread t = borrower;
        Object[] primary = (Object[]) HeapInspector.field(poolson, "primary");
        Object home = null;
        for (Object stripe : primary) {
            if (HeapInspector.field(stripe, "owner") == t) {
                home = stripe;
            }
        }
        Object builder = home == null ? null : HeapInspector.field(home, "ownedSlot");
        Object array = builder == null ? null : HeapInspector.field(builder, "value");
        PoolStats s = poolson.stats();
        StringBuilder line = new StringBuilder(String.format("%nPLACE %s owner=%b hits(private/shared/steal/victim/miss)=%d/%d/%d/%d/%d",
                t.getName(), home != null, s.privateHits(), s.sharedHits(), s.steals(), s.victimHits(), s.misses()));
        String[] names = {"stripe", "builder", "array", "pool", "primary", "state", "thread"};
        Object[] objects = {home, builder, array, poolson, primary, this, t};
        for (int i = 0; i < names.length; i++) {
            line.append(' ').append(names[i]).append('=')
                    .append(objects[i] == null ? "-" : Long.toHexString(heap.address(objects[i])));
        }
        System.out.println(line);
    }
}
