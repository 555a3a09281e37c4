package io.poolson.bench.jackson;

import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.core.util.RecyclerPool;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poolson.bench.serializer.Libraries;
import io.poolson.serializer.jackson.PoolsonRecyclerPool;
import org.openjdk.jmh.annotations.Param;

/** {@link RecyclerPoolWriteBenchmark} for Jackson 2, over each of its {@link JsonRecyclerPools} and {@link PoolsonRecyclerPool}. */
public class Jackson2RecyclerPoolWriteBenchmark extends RecyclerPoolWriteBenchmark {

    @Param({"threadLocal", "lockFree", "concurrentDeque", "bounded", "poolson"})
    private String pool;

    private ObjectMapper mapper;

    @Override
    @SuppressWarnings("deprecation") // the lock-free pool is deprecated since 2.18 but still shipped
    protected void buildMapper() {
        RecyclerPool<BufferRecycler> p = switch (pool) {
            case "threadLocal" -> JsonRecyclerPools.threadLocalPool();
            case "lockFree" -> JsonRecyclerPools.newLockFreePool();
            case "concurrentDeque" -> JsonRecyclerPools.newConcurrentDequePool();
            case "bounded" -> JsonRecyclerPools.newBoundedPool(RecyclerPool.BoundedPoolBase.DEFAULT_CAPACITY);
            case "poolson" -> PoolsonRecyclerPool.newPool();
            default -> throw new IllegalArgumentException("unknown pool: " + pool);
        };
        mapper = Mappers.jackson2(p);
    }

    @Override
    protected String write(Object value) throws Exception {
        return mapper.writeValueAsString(value);
    }

    @Override
    protected String reference(Object value) throws Exception {
        return Libraries.JACKSON2.writeValueAsString(value);
    }

    @Override
    protected String label() {
        return "Jackson 2 over " + pool;
    }
}
