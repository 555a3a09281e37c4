package io.poolson.bench.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.RecyclerPool;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poolson.bench.serializer.Libraries;
import io.poolson.serializer.jackson.PoolsonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mappers the Jackson benchmarks compare: each default mapper, and the same mapper with
 * poolson's module (nothing else changed). Thread-safe, like the mappers.
 */
final class Mappers {
    /** Jackson 2's default {@code ObjectMapper}. */
    static final ObjectMapper JACKSON2 = Libraries.JACKSON2;
    /** Jackson 2's default {@code ObjectMapper} with {@link PoolsonModule}. */
    static final ObjectMapper JACKSON2_POOLSON = Libraries.JACKSON2_POOLSON;
    /** Jackson 3's default {@code JsonMapper}. */
    static final JsonMapper JACKSON3 = Libraries.JACKSON3;
    /** Jackson 3's default {@code JsonMapper} with its {@code PoolsonModule}. */
    static final JsonMapper JACKSON3_POOLSON = Libraries.JACKSON3_POOLSON;

    private Mappers() {
    }

    /** A default Jackson 2 mapper whose factory recycles buffers through {@code pool}. */
    static ObjectMapper jackson2(RecyclerPool<BufferRecycler> pool) {
        return new ObjectMapper(JsonFactory.builder().recyclerPool(pool).build());
    }

    /** A default Jackson 3 mapper whose factory recycles buffers through {@code pool}. */
    static JsonMapper jackson3(tools.jackson.core.util.RecyclerPool<tools.jackson.core.util.BufferRecycler> pool) {
        return JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder().recyclerPool(pool).build()).build();
    }

    /** Fails the run unless {@code actual} equals {@code expected}. */
    static void requireSame(String what, Object expected, Object actual) {
        if (!java.util.Objects.deepEquals(expected, actual)) {
            throw new IllegalStateException(what + ": output differs from the reference");
        }
    }
}
