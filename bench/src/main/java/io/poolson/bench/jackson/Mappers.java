package io.poolson.bench.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.RecyclerPool;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poolson.bench.serializer.Libraries;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mappers the Jackson benchmarks build for themselves (a default mapper over a given recycler
 * pool), and their output check; the shared default mappers, with and without poolson's module, are
 * {@link Libraries}'. Thread-safe, like the mappers.
 */
final class Mappers {
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
