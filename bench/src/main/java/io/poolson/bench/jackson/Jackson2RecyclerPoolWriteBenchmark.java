package io.poolson.bench.jackson;

import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.core.util.RecyclerPool;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poolson.bench.ForkJvm;
import io.poolson.bench.serializer.Payloads;
import io.poolson.serializer.jackson.PoolsonRecyclerPool;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One Jackson 2 {@code writeValueAsString} of the mixed map ({@link Payloads#mixed()}) by a default
 * {@code ObjectMapper} whose factory recycles buffers through each of Jackson's
 * {@link JsonRecyclerPools} or through {@link PoolsonRecyclerPool}: the whole write, so the pool's
 * cost is seen against the work it serves. One mapper (and pool) shared by all benchmark threads;
 * run at {@code -t 1}, {@code -t 2}, {@code -t 4}. Output checked against the default mapper's in
 * {@link #build()}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {ForkJvm.HEAP_MIN, ForkJvm.HEAP_MAX, ForkJvm.PRE_TOUCH})
@State(Scope.Benchmark)
public class Jackson2RecyclerPoolWriteBenchmark {

    @Param({"threadLocal", "lockFree", "concurrentDeque", "bounded", "poolson"})
    private String pool;

    private ObjectMapper mapper;
    private Map<String, Object> map;

    /** Builds the mapper over the named pool and checks its output. */
    @Setup
    @SuppressWarnings("deprecation") // the lock-free pool is deprecated since 2.18 but still shipped
    public void build() throws IOException {
        RecyclerPool<BufferRecycler> p = switch (pool) {
            case "threadLocal" -> JsonRecyclerPools.threadLocalPool();
            case "lockFree" -> JsonRecyclerPools.newLockFreePool();
            case "concurrentDeque" -> JsonRecyclerPools.newConcurrentDequePool();
            case "bounded" -> JsonRecyclerPools.newBoundedPool(RecyclerPool.BoundedPoolBase.DEFAULT_CAPACITY);
            case "poolson" -> PoolsonRecyclerPool.newPool();
            default -> throw new IllegalArgumentException("unknown pool: " + pool);
        };
        mapper = Mappers.jackson2(p);
        map = Payloads.mixed();
        Mappers.requireSame("Jackson 2 over " + pool, Mappers.JACKSON2.writeValueAsString(map), write());
    }

    @Benchmark
    public String write() throws IOException {
        return mapper.writeValueAsString(map);
    }
}
