package io.poolson.bench.jackson;

import io.poolson.bench.ForkJvm;
import io.poolson.bench.serializer.Payloads;
import io.poolson.serializer.jackson3.PoolsonRecyclerPool;
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
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.core.util.RecyclerPool;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link Jackson2RecyclerPoolWriteBenchmark} for Jackson 3, whose default pool is a new
 * {@code ConcurrentLinkedDeque} pool per factory ({@code concurrentDeque} here) and which has no
 * lock-free pool. One mapper (and pool) shared by all benchmark threads; run at {@code -t 1},
 * {@code -t 2}, {@code -t 4}. Output checked against the default mapper's in {@link #build()}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {ForkJvm.HEAP_MIN, ForkJvm.HEAP_MAX, ForkJvm.PRE_TOUCH})
@State(Scope.Benchmark)
public class Jackson3RecyclerPoolWriteBenchmark {

    @Param({"threadLocal", "concurrentDeque", "bounded", "poolson"})
    private String pool;

    private JsonMapper mapper;
    private Map<String, Object> map;

    /** Builds the mapper over the named pool and checks its output. */
    @Setup
    public void build() {
        RecyclerPool<BufferRecycler> p = switch (pool) {
            case "threadLocal" -> JsonRecyclerPools.threadLocalPool();
            case "concurrentDeque" -> JsonRecyclerPools.newConcurrentDequePool();
            case "bounded" -> JsonRecyclerPools.newBoundedPool(100);
            case "poolson" -> PoolsonRecyclerPool.newPool();
            default -> throw new IllegalArgumentException("unknown pool: " + pool);
        };
        mapper = Mappers.jackson3(p);
        map = Payloads.mixed();
        Mappers.requireSame("Jackson 3 over " + pool, Mappers.JACKSON3.writeValueAsString(map), write());
    }

    @Benchmark
    public String write() {
        return mapper.writeValueAsString(map);
    }
}
