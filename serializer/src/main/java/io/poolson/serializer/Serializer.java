package io.poolson.serializer;

import io.poolson.pool.PoolStats;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Map;

/**
 * {@code Map} to JSON with the default settings: output byte for byte Jackson 2's default
 * {@code ObjectMapper}, on pooled buffers. Every method delegates to {@link MapSerializer#defaults()};
 * see {@link MapSerializer} for the supported types, the errors and the pooling, and build a
 * {@link MapSerializer} for other settings. Thread-safe.
 */
public final class Serializer {
    private Serializer() {
    }

    /**
     * See {@link MapSerializer#toJson}.
     *
     * @param map the map to write, not null
     * @return the JSON text
     */
    public static String toJson(Map<?, ?> map) {
        return MapSerializer.defaults().toJson(map);
    }

    /**
     * See {@link MapSerializer#toJsonBytes}.
     *
     * @param map the map to write, not null
     * @return the UTF-8 JSON, in a new array
     */
    public static byte[] toJsonBytes(Map<?, ?> map) {
        return MapSerializer.defaults().toJsonBytes(map);
    }

    /**
     * See {@link MapSerializer#writeTo(Map, OutputStream)}.
     *
     * @param map    the map to write, not null
     * @param stream receives the UTF-8 JSON; not null, neither flushed nor closed
     */
    public static void writeTo(Map<?, ?> map, OutputStream stream) {
        MapSerializer.defaults().writeTo(map, stream);
    }

    /**
     * See {@link MapSerializer#writeTo(Map, Appendable)}.
     *
     * @param map    the map to write, not null
     * @param target receives the JSON text; not null, neither flushed nor closed
     */
    public static void writeTo(Map<?, ?> map, Appendable target) {
        MapSerializer.defaults().writeTo(map, target);
    }

    /**
     * See {@link MapSerializer#writeTo(Map, ByteBuffer)}.
     *
     * @param map    the map to write, not null
     * @param target receives the UTF-8 JSON at its position; not null, writable
     * @return the number of bytes written
     */
    public static int writeTo(Map<?, ?> map, ByteBuffer target) {
        return MapSerializer.defaults().writeTo(map, target);
    }

    /**
     * The default instance's character-writer pool counters.
     *
     * @return a snapshot, as {@link MapSerializer#charPoolStats()}
     */
    public static PoolStats charPoolStats() {
        return MapSerializer.defaults().charPoolStats();
    }

    /**
     * The default instance's UTF-8-writer pool counters.
     *
     * @return a snapshot, as {@link MapSerializer#bytePoolStats()}
     */
    public static PoolStats bytePoolStats() {
        return MapSerializer.defaults().bytePoolStats();
    }
}
