package io.poolson.bench.jackson;

import io.poolson.bench.serializer.Libraries;
import io.poolson.serializer.jackson3.PoolsonRecyclerPool;
import org.openjdk.jmh.annotations.Param;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.core.util.RecyclerPool;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link RecyclerPoolWriteBenchmark} for Jackson 3, whose default pool is a new
 * {@code ConcurrentLinkedDeque} pool per factory ({@code concurrentDeque} here) and which has no
 * lock-free pool.
 */
public class Jackson3RecyclerPoolWriteBenchmark extends RecyclerPoolWriteBenchmark {

    @Param({"threadLocal", "concurrentDeque", "bounded", "poolson"})
    private String pool;

    private JsonMapper mapper;

    @Override
    protected void buildMapper() {
        RecyclerPool<BufferRecycler> p = switch (pool) {
            case "threadLocal" -> JsonRecyclerPools.threadLocalPool();
            case "concurrentDeque" -> JsonRecyclerPools.newConcurrentDequePool();
            case "bounded" -> JsonRecyclerPools.newBoundedPool(100);
            case "poolson" -> PoolsonRecyclerPool.newPool();
            default -> throw new IllegalArgumentException("unknown pool: " + pool);
        };
        mapper = Mappers.jackson3(p);
    }

    @Override
    protected String write(Object value) {
        return mapper.writeValueAsString(value);
    }

    @Override
    protected String reference(Object value) {
        return Libraries.JACKSON3.writeValueAsString(value);
    }

    @Override
    protected String label() {
        return "Jackson 3 over " + pool;
    }
}
