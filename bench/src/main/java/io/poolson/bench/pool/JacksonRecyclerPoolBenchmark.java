package io.poolson.bench.pool;

import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.core.util.RecyclerPool;
import io.poolson.bench.ForkJvm;
import io.poolson.bench.LongLivedHeap;
import io.poolson.serializer.jackson.PoolsonRecyclerPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of one acquire + release on each of Jackson 2's {@link JsonRecyclerPools}, shared by all
 * benchmark threads; thread count from the command line as for {@link BuilderGetPutBenchmark}.
 *
 * <p><b>The pooled object differs:</b> these pools recycle Jackson's {@link BufferRecycler} (a
 * holder of lazily allocated byte and char arrays), not a {@code StringBuilder}, and the operation
 * measured is the pool's bare {@link RecyclerPool#acquirePooled()} followed by
 * {@link RecyclerPool#releasePooled}, with no reset and no use of the object, since a recycler has
 * no equivalent of {@code setLength(0)}/{@code append}. That is slightly less work than the
 * {@code StringBuilder} contenders do, so these figures are a lower bound on Jackson's cost. Jackson
 * itself goes through {@code acquireAndLinkPooled()} and {@code BufferRecycler.releaseToPool()},
 * which add one field write each way on the non-thread-local pools.
 *
 * <p>{@code threadLocal} is {@link JsonRecyclerPools#threadLocalPool()} (one recycler per thread
 * behind a {@code SoftReference}; release is a no-op); {@code lockFree},
 * {@code concurrentDeque} and {@code bounded} are fresh instances from
 * {@link JsonRecyclerPools#newLockFreePool()} (deprecated since 2.18 after reports of unbounded
 * retention, jackson-core#1271, and removed in 3.0), {@link JsonRecyclerPools#newConcurrentDequePool()}
 * (Jackson 2.18+'s default) and {@link JsonRecyclerPools#newBoundedPool(int)} at Jackson's default
 * capacity of 100. {@code poolson} is {@link PoolsonRecyclerPool#newPool()}, the same recycler type
 * kept in a poolson {@code Pool}: the like-for-like line for the pool contenders above.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {ForkJvm.HEAP_MIN, ForkJvm.HEAP_MAX, ForkJvm.PRE_TOUCH})
@Threads(1)
@State(Scope.Benchmark)
public class JacksonRecyclerPoolBenchmark {

    @Param({"threadLocal", "lockFree", "concurrentDeque", "bounded", "poolson"})
    private String pool;

    private RecyclerPool<BufferRecycler> recyclerPool;

    /** Builds the pool named by the {@code pool} parameter. */
    @Setup
    @SuppressWarnings("deprecation") // the lock-free pool is deprecated since 2.18 but still shipped
    public void createPool() {
        recyclerPool = switch (pool) {
            case "threadLocal" -> JsonRecyclerPools.threadLocalPool();
            case "lockFree" -> JsonRecyclerPools.newLockFreePool();
            case "concurrentDeque" -> JsonRecyclerPools.newConcurrentDequePool();
            case "bounded" -> JsonRecyclerPools.newBoundedPool(RecyclerPool.BoundedPoolBase.DEFAULT_CAPACITY);
            case "poolson" -> PoolsonRecyclerPool.newPool();
            default -> throw new IllegalArgumentException("unknown pool: " + pool);
        };
    }

    /** Pooled objects old, as in a long-running service: see {@link LongLivedHeap}. */
    @Setup(Level.Iteration)
    public void promoteToOldGeneration() {
        LongLivedHeap.promote();
    }

    /** Acquire a recycler and release it. */
    @Benchmark
    public int acquireRelease() {
        return Borrow.from(recyclerPool);
    }
}
